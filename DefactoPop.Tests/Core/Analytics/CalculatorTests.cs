using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Queries;

namespace DefactoPop.Tests.Core.Analytics;

public sealed class CalculatorTests
{
    private static readonly Zone[] s_zones =
    [
        new("11110", ZoneLevel.Gu, "종로구", "Jongno-gu", 2, "11"),
        new("11140", ZoneLevel.Gu, "중구", "Jung-gu", 0, "11"),
        new("11170", ZoneLevel.Gu, "용산구", null, 4, "11"),
    ];

    [Theory]
    [InlineData(MapMetric.DeFacto, new[] { 300.0, 50, double.NaN })]
    [InlineData(MapMetric.Registered, new[] { 100.0, 0, 80 })]
    [InlineData(MapMetric.Ratio, new[] { 3.0, double.NaN, double.NaN })]
    [InlineData(MapMetric.Difference, new[] { 200.0, 50, double.NaN })]
    [InlineData(MapMetric.Density, new[] { 150.0, double.NaN, double.NaN })]
    public void Metric_FromPresentAndRegistered_IsDerived(MapMetric metric, double[] expected)
    {
        var values = MetricCalculator.Compute(metric, [300, 50, double.NaN], [100, 0, 80], s_zones);

        Assert.Equal(expected, values);
    }

    [Fact]
    public void Rankings_SortByDeFactoAndComputeRatios()
    {
        var rows = Rankings.Build(s_zones, [100, 0, 80], [300, 50, double.NaN], [20, 10, 5], [10, 0, 5]);

        Assert.Equal(["11110", "11140", "11170"], rows.Select(r => r.Code));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Rank));
        Assert.Equal(3, rows[0].Ratio);
        Assert.Equal(200, rows[0].Difference);
        Assert.Equal(2, rows[0].DayNightRatio);
        Assert.Null(rows[1].Ratio);
        Assert.Null(rows[1].DayNightRatio);
        Assert.Null(rows[2].DeFacto);
        Assert.Equal("Jongno-gu", rows[0].Zone.NameEn);
        Assert.Equal("용산구", rows[2].Zone.DisplayName(english: true));
    }

    [Fact]
    public void Kpis_Summary_GivesSwingAndRatio()
    {
        var max = new SlotValue(120, new HourSlot(new DateOnly(2024, 9, 10), 14));
        var min = new SlotValue(90, new HourSlot(new DateOnly(2024, 9, 17), 4));
        var kpi = OverviewCalculator.Kpis(new DatasetSummary(100, 110, max, min, 14, []), []);

        Assert.Equal(30, kpi.Swing);
        Assert.Equal(1.1, kpi.Ratio!.Value, 10);
        Assert.Equal(max, kpi.Max);
    }

    [Fact]
    public void Kpis_SummaryWithoutExtremes_FallBackToSeries()
    {
        var d = new DateOnly(2024, 9, 10);
        SeriesPoint[] series = [new(new HourSlot(d, 0), 5, false), new(new HourSlot(d, 1), null, true), new(new HourSlot(d, 2), 9, false)];

        var kpi = OverviewCalculator.Kpis(new DatasetSummary(10, null, null, null, 1, []), series);

        Assert.Equal(7, kpi.Mean);
        Assert.Equal(2, kpi.Max!.At.Hour);
        Assert.Equal(4, kpi.Swing);
    }

    [Fact]
    public void Split_Shares_SumToOne()
    {
        var split = OverviewCalculator.Split(new Dictionary<PopulationClass, double>
        {
            [PopulationClass.Domestic] = 80, [PopulationClass.LongTermForeign] = 15, [PopulationClass.ShortTermForeign] = 5,
        });

        Assert.Equal(1, split.Sum(s => s.Share)!.Value, 10);
        Assert.Equal(0.8, split[0].Share!.Value, 10);
    }

    [Fact]
    public void Split_ClassNeverLoaded_NullNotZero()
    {
        var split = OverviewCalculator.Split(new Dictionary<PopulationClass, double>
        {
            [PopulationClass.Domestic] = 80, [PopulationClass.LongTermForeign] = double.NaN,
        });

        Assert.Equal((80.0, 1.0), (split[0].Mean, split[0].Share));
        Assert.All(split.Skip(1), s => Assert.Equal((null, null), (s.Mean, s.Share)));
    }

    [Fact]
    public void Kpis_NoRegister_RegisteredAndRatioNull()
    {
        var kpi = OverviewCalculator.Kpis(new DatasetSummary(null, 110, null, null, 1, []), []);

        Assert.Null(kpi.Registered);
        Assert.Null(kpi.Ratio);
    }

    [Theory]
    [InlineData(MapMetric.Ratio)]
    [InlineData(MapMetric.Difference)]
    [InlineData(MapMetric.Density)]
    [InlineData(MapMetric.Registered)]
    public void Compute_MissingZeroOrInfiniteInputs_NaNNeverInfinity(MapMetric metric)
    {
        Zone[] zones = [.. Enumerable.Range(0, 4).Select(i => new Zone($"1111{i}", ZoneLevel.Gu, "z", null, i == 1 ? 0 : 1, "11"))];

        var values = MetricCalculator.Compute(metric, [double.PositiveInfinity, 5, double.NaN, 5], [0, double.NaN, 3, double.NegativeInfinity], zones);

        Assert.DoesNotContain(values, double.IsInfinity);
    }

    [Fact]
    public void Rankings_NoRegister_RegisteredRatioAndDifferenceNull()
    {
        Zone[] zones = [new("11110", ZoneLevel.Gu, "종로구", null, 1, "11")];

        var row = Assert.Single(Rankings.Build(zones, [double.NaN], [120], null, null));

        Assert.Equal((null, 120.0, null, null), (row.Registered, row.DeFacto, row.Ratio, row.Difference));
    }

    [Fact]
    public void OffDays_Chuseok2024_GroupsWeekendsAndHolidays()
    {
        var off = OverviewCalculator.OffDays(new DateOnly(2024, 9, 9), new DateOnly(2024, 9, 22), DayKinds.OffType);

        Assert.Equal(
        [
            (new DateOnly(2024, 9, 14), new DateOnly(2024, 9, 15), false),
            (new DateOnly(2024, 9, 16), new DateOnly(2024, 9, 18), true),
            (new DateOnly(2024, 9, 21), new DateOnly(2024, 9, 22), false),
        ], off);
    }

    [Fact]
    public void OffDays_Chuseok2017_IsOneHolidayRunBetweenWeekends()
    {
        var off = OverviewCalculator.OffDays(new DateOnly(2017, 9, 25), new DateOnly(2017, 10, 12), DayKinds.OffType);

        Assert.Equal(
        [
            (new DateOnly(2017, 9, 30), new DateOnly(2017, 10, 1), false),
            (new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 6), true),
            (new DateOnly(2017, 10, 7), new DateOnly(2017, 10, 8), false),
            (new DateOnly(2017, 10, 9), new DateOnly(2017, 10, 9), true),
        ], off);
    }

    [Theory]
    [InlineData("2017-10-04", DayTypeFilter.Holiday, true)]
    [InlineData("2017-10-04", DayTypeFilter.Weekday, false)]
    [InlineData("2017-10-02", DayTypeFilter.Weekday, false)]
    [InlineData("2017-10-06", DayTypeFilter.Weekday, false)]
    [InlineData("2017-10-10", DayTypeFilter.Weekday, true)]
    [InlineData("2017-10-07", DayTypeFilter.Weekend, true)]
    [InlineData("2017-10-09", DayTypeFilter.Weekend, false)]
    [InlineData("2024-09-21", DayTypeFilter.Weekend, true)]
    [InlineData("2031-12-25", DayTypeFilter.Holiday, true)]
    public void DayTypeFilter_KnownDates_Match(string date, DayTypeFilter filter, bool expected) =>
        Assert.Equal(expected, filter.Matches(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DayTypeFilter_KeysRoundTrip()
    {
        foreach (var f in Enum.GetValues<DayTypeFilter>())
            Assert.Equal(f, DayTypeFilters.ParseOrDefault(f.Key()));
        Assert.True(DayTypeFilter.Weekend.Matches(new DateOnly(2024, 9, 21)));
        Assert.False(DayTypeFilter.Weekend.Matches(new DateOnly(2024, 9, 17)));
    }

    [Fact]
    public void PerZone_Swing_UsesModeHoursAndMeanAmplitude()
    {
        var d = new DateOnly(2024, 9, 9);
        DailyStat[] stats =
        [
            new("11110", d, 100, 50, 4, 150, 14),
            new("11110", d.AddDays(1), 100, 60, 4, 160, 15),
            new("11110", d.AddDays(2), 100, 40, 3, 140, 14),
            new("11140", d, 10, 9, 2, 11, 20),
        ];

        var swings = SwingAnalysis.PerZone(s_zones, stats);

        Assert.Equal(["11110", "11140"], swings.Select(s => s.Code));
        Assert.Equal(4, swings[0].MinHour);
        Assert.Equal(14, swings[0].MaxHour);
        Assert.Equal(100, swings[0].Amplitude, 10);
        Assert.Equal(1.0, swings[0].RelativeAmplitude, 10);
    }

    [Fact]
    public async Task CalendarEffects_TestStore_ChuseokDropIsNegativeAndQuantified()
    {
        var store = new TestSupport.Dashboard.TestPopulationStore();
        var series = await store.GetSeriesAsync(ZoneCodes.City, new HourSlot(TestSupport.Dashboard.TestPopulationStore.FirstDay, 0),
            new HourSlot(TestSupport.Dashboard.TestPopulationStore.LastDay, 23), PopulationQuery.All);

        var effects = SwingAnalysis.CalendarEffects(series, DayKinds.EffectKey);
        var matrix = SwingAnalysis.Matrix(series);

        Assert.Equal(["weekday", "weekend", "chuseok"], effects.Select(e => e.Key));
        Assert.Equal(3, effects[2].Days);
        Assert.InRange(effects[2].DifferencePct, -40, -5);
        Assert.Equal(effects[2].MeanPresent - effects[0].MeanPresent, effects[2].Difference, 6);
        Assert.Equal(14, matrix.Dates.Count);
        Assert.All(matrix.Values, row => Assert.Equal(24, row.Length));
    }

    [Fact]
    public void Hotspots_TopN_OrderedWithShares()
    {
        var top = Hotspots.Top(s_zones, [5, 50, double.NaN], [10, 100, 1], 2);

        Assert.Equal(["11140", "11110"], top.Select(h => h.Code));
        Assert.Equal(0.5, top[0].Share);
        Assert.Equal(2, top[1].Rank);
    }

    [Fact]
    public void DayNight_Ratio_NeedsPositiveNight()
    {
        Assert.Equal(2, DayNight.Ratio(20, 10));
        Assert.Null(DayNight.Ratio(20, 0));
        Assert.Null(DayNight.Ratio(double.NaN, 10));
        Assert.Null(DayNight.Ratio(null, 10));
    }
}
