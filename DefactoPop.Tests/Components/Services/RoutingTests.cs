using System.Globalization;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Queries;
using DefactoPop.Web.Routing;

namespace DefactoPop.Tests.Components.Services;

public sealed class RoutingTests
{
    [Fact]
    public void Urls_Defaults_AreBarePaths()
    {
        WithCulture("ko", () =>
        {
            Assert.Equal("/", DashboardUrls.Overview());
            Assert.Equal("/map", DashboardUrls.Map());
            Assert.Equal("/compare", DashboardUrls.Compare());
            Assert.Equal("/swings", DashboardUrls.Swings());
            Assert.Equal("/foreigners", DashboardUrls.Foreigners());
            Assert.Equal("/method", DashboardUrls.Method());
        });
    }

    [Fact]
    public void MapUrl_EveryFilter_RoundTripsThroughTheQuery()
    {
        var filter = new MapFilter
        {
            Level = ZoneLevel.Oa, Metric = MapMetric.ChineseShortTerm, Date = new DateOnly(2024, 9, 17), Hour = 3, Sex = Sex.Female,
            Band = AgeBand.A20To24, Method = ClassificationMethod.Manual, Classes = 5, Palette = "cividis", Breaks = "10,100", Gu = "11680", Zone = "1123064010001",
        };

        var url = WithCulture("ko", () => DashboardUrls.Map(filter));
        var q = System.Web.HttpUtility.ParseQueryString(url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..]);
        int? Int(string k) => q[k] is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        var back = MapFilter.Parse(new MapQuery
        {
            Level = q[QueryKeys.Level], Metric = q[QueryKeys.Metric], Date = q[QueryKeys.Date], Hour = Int(QueryKeys.Hour), Sex = q[QueryKeys.Sex],
            Band = Int(QueryKeys.Band), Method = q[QueryKeys.Method], Classes = Int(QueryKeys.Classes), Palette = q[QueryKeys.Palette],
            Breaks = q[QueryKeys.Breaks], Gu = q[QueryKeys.Gu], Zone = q[QueryKeys.Zone],
        });

        Assert.Equal(filter, back);
        Assert.StartsWith("/map?level=oa&metric=short-cn&date=2024-09-17&hour=3", url, StringComparison.Ordinal);
    }

    [Fact]
    public void MapQuery_Invalid_FallsBackToDefaults()
    {
        var f = MapFilter.Parse(new MapQuery
        {
            Level = "nope", Metric = "nope", Date = "2024-13-40", Hour = 99, Sex = "x", Band = 44,
            Method = "weird", Classes = 1, Palette = null, Breaks = " ", Gu = "999", Zone = "",
        });

        Assert.Equal(new MapFilter(), f);
    }

    [Fact]
    public void Urls_English_CarryLang()
    {
        var url = WithCulture("en", () => DashboardUrls.Compare(new CompareFilter { Level = ZoneLevel.Dong, Hour = 8, Days = DayTypeFilter.Weekend }));

        Assert.Equal("/compare?level=dong&hour=8&days=weekend&lang=en", url);
        Assert.Equal("/swings?level=dong&lang=en", WithCulture("en", () => DashboardUrls.Swings(new PeriodFilter { Level = ZoneLevel.Dong })));
    }

    [Fact]
    public void WithLang_SwitchesOrDropsTheLanguage()
    {
        Assert.Equal("/map?hour=3&lang=en", DashboardUrls.WithLang("/map?lang=en&hour=3", "en"));
        Assert.Equal("/map?hour=3", DashboardUrls.WithLang("/map?hour=3&lang=en", "ko"));
        Assert.Equal("/", DashboardUrls.WithLang("/?lang=en", "ko"));
        Assert.Equal("/culture?lang=en&returnUrl=%2Fmap%3Fhour%3D3%26lang%3Den", DashboardUrls.SetLanguage("en", "/map?hour=3"));
    }

    [Fact]
    public void Geometry_Url_IsVersioned() =>
        Assert.Equal("/geo/oa.geojson?v=abc123", DashboardUrls.Geometry(ZoneLevel.Oa, "abc123"));

    [Theory]
    [InlineData("gu", ZoneLevel.Gu)]
    [InlineData("OA", ZoneLevel.Oa)]
    [InlineData(null, ZoneLevel.Dong)]
    public void QueryValues_Level_Parses(string? key, ZoneLevel expected) => Assert.Equal(expected, QueryValues.Level(key));

    [Fact]
    public void Metrics_KeysRoundTrip()
    {
        foreach (var m in MapMetrics.All)
            Assert.Equal(m, MapMetrics.ParseOrDefault(m.Key()));
        Assert.True(MapMetric.Difference.IsDiverging());
        Assert.False(MapMetric.ShortTerm.UsesStrata());
    }

    private static T WithCulture<T>(string name, Func<T> f)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static void WithCulture(string name, Action a) => WithCulture(name, () => { a(); return 0; });
}
