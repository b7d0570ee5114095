using System.Globalization;
using System.Text.Json;
using Bunit;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Components.Pages;
using DefactoPop.Web.Interop;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Components;

/// <summary>
/// The pages on the store a user gets (simulate → SQLite → read store) for late September to the Chuseok break of 2017.
/// 2017: 10-02 temporary holiday, 10-03 개천절, 10-03..10-05 추석, 10-06 substitute holiday.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017PageTests : DashboardTestContext
{
    private const string Window = "from=2017-09-25&to=2017-10-07";
    private static readonly DateOnly[] s_ordinaryWeekdays = [.. Enumerable.Range(25, 5).Select(d => new DateOnly(2017, 9, d))];
    private readonly Sqlite2017StoreFixture _fixture;

    public Sqlite2017PageTests(Sqlite2017StoreFixture fixture)
    {
        _fixture = fixture;
        Services.AddSingleton(fixture.Store.Read);
    }

    [Fact]
    public void Overview_Chuseok2017_ShadedAsHoliday()
    {
        var charts = JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = RenderAt<Overview>("/?" + Window);

        cut.WaitForAssertion(() => Assert.Contains(charts.Invocations["render"], i => (string)i.Arguments[0]! == "city-curve"));
        var layout = JsonSerializer.SerializeToElement(charts.Invocations["render"].Last(i => (string)i.Arguments[0]! == "city-curve").Arguments[2]);
        var shapes = layout.GetProperty("shapes").EnumerateArray().ToList();
        var chuseok = Assert.Single(shapes, s => Covers(s, new DateOnly(2017, 10, 4)));
        Assert.Equal(HolidayFill, chuseok.GetProperty("fillcolor").GetString());
        Assert.All(new[] { 2, 3, 5, 6 }.Select(d => new DateOnly(2017, 10, d)), d =>
            Assert.Equal(HolidayFill, Assert.Single(shapes, s => Covers(s, d)).GetProperty("fillcolor").GetString()));
        Assert.All(s_ordinaryWeekdays, d => Assert.DoesNotContain(shapes, s => Covers(s, d)));
    }

    [Fact]
    public void Swings_Chuseok2017_DropAgainstOrdinaryWeekdays()
    {
        var cut = RenderAt<Swings>("/swings?" + Window);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#swings-calendar tbody tr")));
        var rows = cut.FindAll("#swings-calendar tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var weekday = Assert.Single(rows, r => r[0] == "평일 (기준)");
        Assert.Equal("5", weekday[1]);
        var chuseok = Assert.Single(rows, r => r[0] == "추석");
        Assert.InRange(int.Parse(chuseok[1], CultureInfo.InvariantCulture), 3, 5);
        var drop = double.Parse(chuseok[4], CultureInfo.InvariantCulture);
        Assert.True(drop < -2, $"추석 {drop} % against ordinary weekdays");
    }

    [Fact]
    public async Task Compare_WeekdayFilter_ExcludesChuseokBreak()
    {
        var read = _fixture.Store.Read;
        var zones = await read.GetZonesAsync(ZoneLevel.Gu);
        var expected = new double[zones.Count];
        foreach (var d in s_ordinaryWeekdays)
        {
            var snap = await read.GetLevelAsync(new HourSlot(d, 14), ZoneLevel.Gu, PopulationQuery.All);
            for (var i = 0; i < zones.Count; i++)
                expected[i] += snap.Values[i] / s_ordinaryWeekdays.Length;
        }

        var cut = RenderAt<Compare>("/compare?level=gu&days=weekday&hour=14&" + Window);

        cut.WaitForAssertion(() => Assert.Equal(zones.Count, cut.FindAll("#compare-table tbody tr").Count));
        foreach (var row in cut.FindAll("#compare-table tbody tr"))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
            var i = zones.Select(z => z.Code).ToList().IndexOf(cells[1]);
            var shown = double.Parse(cells[4], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(shown - expected[i]) <= 1, $"{cells[1]}: shown {shown:N0}, mean of the 5 ordinary weekdays {expected[i]:N0}");
        }
    }

    [Fact]
    public async Task Map_ChuseokHour_EveryDongClassed()
    {
        var dongs = await _fixture.Store.Read.GetZonesAsync(ZoneLevel.Dong);

        var cut = RenderAt<MapPage>("/map?level=dong&date=2017-10-04&hour=14");

        cut.WaitForAssertion(() => Assert.NotNull(cut.FindComponent<ChoroplethMap>().Instance.Frame));
        var frame = cut.FindComponent<ChoroplethMap>().Instance.Frame!;
        Assert.Equal(dongs.Count, frame.Classes.Length);
        Assert.DoesNotContain(DefactoPop.Core.Analytics.ClassCodes.NoData, frame.Classes);
        Assert.Contains("2017-10-04 14:00", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(10, cut.FindAll("#map-table tbody tr").Count);
    }

    private const string HolidayFill = "#ffb300";

    private static bool Covers(JsonElement shape, DateOnly day)
    {
        var x = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 12:00";
        return string.CompareOrdinal(shape.GetProperty("x0").GetString(), x) <= 0 && string.CompareOrdinal(x, shape.GetProperty("x1").GetString()) < 0;
    }
}
