using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Queries;

namespace DefactoPop.Tests.Components.Services;

public sealed class DashboardDataTests
{
    private static readonly HourSlot s_slot = new(TestPopulationStore.LastDay.AddDays(-2), 14);

    private static DashboardData Data() => new(DashboardTestContext.SharedStore);

    [Fact]
    public async Task Metric_Ratio_IsPresentOverRegistered()
    {
        var data = Data();
        var ratio = await data.MetricAsync(ZoneLevel.Dong, s_slot, MapMetric.Ratio, null, null);
        var present = await data.MetricAsync(ZoneLevel.Dong, s_slot, MapMetric.DeFacto, null, null);
        var registered = await data.RegisteredAsync(ZoneLevel.Dong);

        Assert.Equal(TestPopulationStore.DongCount, ratio.Values.Length);
        for (var i = 0; i < 20; i++)
            Assert.Equal(present.Values[i] / registered[i], ratio.Values[i], 9);
    }

    [Fact]
    public async Task Metric_Registered_IgnoresTheHourAndIsNeverMasked()
    {
        var layer = await Data().MetricAsync(ZoneLevel.Gu, new HourSlot(s_slot.Date, 3), MapMetric.Registered, Sex.Male, null);
        var all = await Data().RegisteredAsync(ZoneLevel.Gu);

        Assert.All(layer.Masked, Assert.False);
        Assert.All(layer.Values.Zip(all), p => Assert.InRange(p.First, p.Second * 0.3, p.Second * 0.7));
    }

    [Theory]
    [InlineData(MapMetric.LongTerm, PopulationClass.LongTermForeign, null)]
    [InlineData(MapMetric.ChineseShortTerm, PopulationClass.ShortTermForeign, Nationality.Chinese)]
    public void QueryFor_ForeignMetrics_SelectClassAndNationality(MapMetric metric, PopulationClass cls, Nationality? nationality)
    {
        var q = DashboardData.QueryFor(metric, Sex.Female, AgeBand.A20To24);

        Assert.Equal(cls, q.Class);
        Assert.Equal(nationality, q.Nationality);
        Assert.Null(q.Sex);
    }

    [Fact]
    public void QueryFor_StrataFilter_UsesDomesticStrata()
    {
        Assert.Equal(new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A20To24), DashboardData.QueryFor(MapMetric.DeFacto, Sex.Female, AgeBand.A20To24));
        Assert.Same(PopulationQuery.All, DashboardData.QueryFor(MapMetric.Density, null, null));
    }

    [Fact]
    public async Task MeanPresent_WeekendsOnly_AveragesOnlyWeekendDays()
    {
        var data = Data();
        var from = TestPopulationStore.FirstDay;
        var to = TestPopulationStore.LastDay;
        var weekend = await data.MeanPresentAsync(ZoneLevel.Gu, 14, DayTypeFilter.Weekend, from, to, PopulationQuery.All);
        var store = DashboardTestContext.SharedStore;
        var days = new[] { 14, 15, 21, 22 }.Select(d => new DateOnly(2024, 9, d));
        var expected = 0.0;
        foreach (var d in days)
            expected += (await store.GetLevelAsync(new HourSlot(d, 14), ZoneLevel.Gu, PopulationQuery.All)).Values[0];

        Assert.Equal(expected / 4, weekend[0], 6);
    }

    [Fact]
    public async Task Ranking_Gu_HasEveryDistrictWithDayNightRatio()
    {
        var rows = await Data().RankingAsync(ZoneLevel.Gu, null, DayTypeFilter.Weekday, TestPopulationStore.FirstDay, TestPopulationStore.LastDay);

        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.DayNightRatio));
        Assert.True(rows[0].DeFacto >= rows[^1].DeFacto);
    }

    [Fact]
    public async Task ZoneProfile_Dong_HasDayWeekAndStrata()
    {
        var data = Data();
        var zone = (await data.ZonesAsync(ZoneLevel.Dong))[100];

        var p = await data.ZoneProfileAsync(zone, s_slot);

        Assert.Equal(24, p.Day.Count);
        Assert.Equal(7, p.Week.Count);
        Assert.Equal(s_slot.Date, p.Week[^1].Date);
        Assert.Equal(Strata.Count, p.Strata!.Length);
        Assert.Equal(p.Registered, p.RegisteredStrata!.Sum(), 6);
    }

    [Fact]
    public async Task Overview_TestCity_KpisAreConsistent()
    {
        var m = await Data().OverviewAsync(TestPopulationStore.FirstDay, TestPopulationStore.LastDay, 5);

        Assert.Equal(5, m.TopDistricts.Count);
        Assert.Equal(14 * 24, m.CitySeries.Count);
        Assert.True(m.Kpis.Max!.Value > m.Kpis.Mean && m.Kpis.Mean > m.Kpis.Min!.Value);
        Assert.Equal(m.Kpis.Max.Value - m.Kpis.Min.Value, m.Kpis.Swing!.Value, 6);
        Assert.Equal(1, m.Split.Sum(s => s.Share)!.Value, 6);
        Assert.True(m.Split[0].Share > 0.8);
    }

    [Fact]
    public async Task Foreigners_TestCity_ChineseVisitorsPeakInTheAfternoon()
    {
        var m = await Data().ForeignersAsync(ZoneLevel.Dong, 14, TestPopulationStore.FirstDay, TestPopulationStore.LastDay, 10);

        Assert.Equal(10, m.ChineseHotspots.Count);
        Assert.True(m.HourlyChinese[17] > m.HourlyChinese[5]);
        Assert.True(m.LongChinese > m.LongOther);
        Assert.True(m.ShortOther > m.ShortChinese);
    }

    [Fact]
    public async Task Period_FromCoverage_ClampsDates()
    {
        var p = await Data().PeriodAsync();

        Assert.Equal(TestPopulationStore.FirstDay, p.First);
        Assert.Equal(TestPopulationStore.LastDay, p.Clamp(new DateOnly(2030, 1, 1)));
        Assert.Equal(TestPopulationStore.FirstDay, p.Clamp(new DateOnly(2000, 1, 1)));
        Assert.Equal(TestPopulationStore.LastDay, p.Clamp(null));
        Assert.Equal(3, p.Days(new DateOnly(2024, 9, 20), new DateOnly(2024, 12, 1)).Count());
    }
}
