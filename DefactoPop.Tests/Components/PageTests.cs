using Bunit;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Components.Pages;
using DefactoPop.Web.Components.Shared;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Localisation;
using DefactoPop.Web.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Components;

public sealed class PageTests : DashboardTestContext
{
    [Fact]
    public void Overview_Default_ShowsKpisCurveSplitAndTopDistricts()
    {
        var charts = JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = Render<Overview>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#kpi-registered")));
        Assert.Equal("개요", cut.Find("#page-title").TextContent);
        Assert.EndsWith("만", cut.Find("[data-kpi=kpi-registered]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2024-", cut.Find("#kpi-max").TextContent, StringComparison.Ordinal);
        Assert.Equal(10, cut.FindAll("#top-districts tbody tr").Count);
        Assert.Equal(3, cut.FindAll("#class-split-table tbody tr").Count);
        cut.WaitForAssertion(() => Assert.Contains(charts.Invocations["render"], i => (string)i.Arguments[0]! == "city-curve"));
        // top district first: the tourist/office districts of the test city carry the most people by day
        var first = cut.FindAll("#top-districts tbody tr")[0].TextContent;
        Assert.Contains("1", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_PeriodInQuery_IsUsed()
    {
        var cut = RenderAt<Overview>("/?from=2024-09-16&to=2024-09-18");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#kpi-max")));
        Assert.Equal("2024-09-16", cut.FindAll("#overview-period input")[0].GetAttribute("value"));
        Assert.Contains("2024-09-1", cut.Find("#kpi-min").TextContent, StringComparison.Ordinal);
        var minDay = int.Parse(cut.Find("#kpi-min").TextContent.Split("2024-09-")[1][..2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(minDay, 16, 18);
    }

    [Fact]
    public void Overview_English_LabelsChange()
    {
        UseCulture("en");

        var cut = Render<Overview>();

        cut.WaitForAssertion(() => Assert.Equal("Overview", cut.Find("#page-title").TextContent));
        Assert.Contains("Registered", cut.Find("#kpi-registered").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("M", cut.Find("[data-kpi=kpi-registered]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_QueryFilters_DriveLevelFrameLegendAndPanel()
    {
        var cut = RenderAt<MapPage>("/map?level=gu&hour=9&metric=ratio&k=5&zone=11680");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#zone-panel")));
        var map = cut.FindComponent<ChoroplethMap>().Instance;
        Assert.Equal(25, map.Frame!.Classes.Length);
        Assert.StartsWith("/geo/gu.geojson?v=", map.GeometryUrl, StringComparison.Ordinal);
        Assert.Equal(0, map.MinZoom);
        Assert.Equal("11680", map.SelectedCode);
        Assert.Equal(5 + 2, cut.FindAll("#map-legend [role=listitem]").Count);
        Assert.Contains("09:00", cut.Find("#hour-slider").TextContent, StringComparison.Ordinal);
        Assert.Equal("11680", cut.Find("#zone-panel").GetAttribute("data-zone"));
        Assert.Contains("생활/등록 비", cut.Find("#map-legend").TextContent, StringComparison.Ordinal);
        Assert.Equal(10, cut.FindAll("#map-table tbody tr").Count);
        Assert.Contains("10 / 25", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_OutputAreasWithoutDistrict_WaitForZoom()
    {
        var cut = RenderAt<MapPage>("/map?level=oa");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#map-zoom-hint")));
        var map = cut.FindComponent<ChoroplethMap>().Instance;
        Assert.Equal(13, map.MinZoom);
        Assert.Equal(SharedStore.OaCount, map.Frame!.Classes.Length);
    }

    [Fact]
    public void Map_OutputAreasInOneDistrict_HideTheRest()
    {
        var cut = RenderAt<MapPage>("/map?level=oa&gu=11680");

        cut.WaitForAssertion(() => Assert.NotNull(cut.FindComponent<ChoroplethMap>().Instance.Frame));
        var map = cut.FindComponent<ChoroplethMap>().Instance;
        Assert.Equal(0, map.MinZoom);
        Assert.True(map.FitVisible);
        var shown = map.Frame!.Classes.Count(c => c != ClassCodes.Hidden);
        Assert.Equal(17 * TestPopulationStore.OasPerDong, shown);
        Assert.Empty(cut.FindAll("#map-zoom-hint"));
    }

    [Fact]
    public void VisibleIn_ParentByStatisticsCode_FindsTheDistrict()
    {
        Zone[] dongs = [new("11680640", ZoneLevel.Dong, "역삼1동", null, 1, "11680") { StatCode = "1123064" }, new("11110515", ZoneLevel.Dong, "청운효자동", null, 1, "11110")];
        Zone[] oas =
        [
            new("1123064010001", ZoneLevel.Oa, "a", null, 0.1, "1123064"),
            new("1101053010001", ZoneLevel.Oa, "b", null, 0.1, "11110515"),
            new("1123064010002", ZoneLevel.Oa, "c", null, 0.1, "11680640"),
        ];

        Assert.Equal([true, false, true], DistrictMembership.VisibleIn(oas, dongs, "11680"));
    }

    [Fact]
    public void LayerTable_SortsByValueKeepsMaskAndHidesOtherDistricts()
    {
        Zone[] zones = [new("11110", ZoneLevel.Gu, "종로구", null, 1, "11"), new("11140", ZoneLevel.Gu, "중구", null, 1, "11"), new("11170", ZoneLevel.Gu, "용산구", null, 1, "11")];
        var layer = new MetricLayer(ZoneLevel.Gu, new HourSlot(new DateOnly(2024, 9, 9), 7), MapMetric.DeFacto, zones,
            [5, double.NaN, 9], [false, true, false]);

        var table = MapTables.Layer(layer, [true, true, false], new UiText());

        Assert.Equal("map-gu-defacto-20240909-07", table.Name);
        Assert.Equal(["11110", "11140"], table.Rows.Select(r => r[1]));
        Assert.Null(table.Rows[1][3]);
        // No bounds in the layer: the interval columns stay empty.
        Assert.Equal([null, null], table.Rows[0][4..6]);
        Assert.Equal("*", table.Rows[1][6]);
    }

    [Fact]
    public void Map_HourButton_NavigatesToShareableUrl()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        var cut = RenderAt<MapPage>("/map?level=gu&hour=9");
        cut.WaitForAssertion(() => Assert.NotNull(cut.FindComponent<ChoroplethMap>().Instance.Frame));

        cut.Find("#hour-next").Click();

        Assert.EndsWith("/map?level=gu&hour=10", nav.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SexFilter_ChangesValues()
    {
        var cut = RenderAt<MapPage>("/map?level=gu");
        cut.WaitForAssertion(() => Assert.NotNull(cut.FindComponent<ChoroplethMap>().Instance.Frame));
        var a = cut.FindComponent<ChoroplethMap>().Instance.Frame!.ValuesF32;

        Services.GetRequiredService<NavigationManager>().NavigateTo("/map?level=gu&sex=f&band=3");

        cut.WaitForAssertion(() => Assert.NotSame(a, cut.FindComponent<ChoroplethMap>().Instance.Frame!.ValuesF32));
        var w = cut.FindComponent<ChoroplethMap>().Instance.Frame!.ValuesF32;
        Assert.Equal("true", cut.Find("#filter-sex button[data-value=f]").GetAttribute("aria-pressed"));
        Assert.True(BitConverter.ToSingle(w, 0) < BitConverter.ToSingle(a, 0) / 10);
    }

    [Fact]
    public void Compare_DongWeekend_RanksAllDongs()
    {
        var cut = RenderAt<Compare>("/compare?level=dong&days=weekend&hour=14");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#compare-table tbody tr")));
        Assert.Equal(30, cut.FindAll("#compare-table tbody tr").Count);
        Assert.Contains("30 / 424", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("#compare-days button[data-value=Weekend]").GetAttribute("aria-pressed"));
        Assert.Equal("1", cut.FindAll("#compare-table tbody tr")[0].QuerySelector("td")!.TextContent);
    }

    [Fact]
    public void Compare_DayTypeClicked_Navigates()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        var cut = Render<Compare>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#compare-table tbody tr")));

        cut.Find("#compare-days button[data-value=Holiday]").Click();

        Assert.EndsWith("/compare?days=holiday", nav.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Swings_Default_ShowsCityExtremesCalendarAndZones()
    {
        var cut = Render<Swings>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#swings-calendar tbody tr")));
        var calendar = cut.FindAll("#swings-calendar tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(calendar, r => r.Contains("추석", StringComparison.Ordinal) && r.Contains('-', StringComparison.Ordinal));
        Assert.Equal(25, cut.FindAll("#swings-zones tbody tr").Count);
        Assert.Contains("2024-09-", cut.Find("#swing-max").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreigners_Default_HotspotsAreInTouristDistricts()
    {
        var cut = RenderAt<Foreigners>("/foreigners?top=5");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#foreign-hotspots tbody tr")));
        var codes = cut.FindAll("#foreign-hotspots tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent).ToList();
        Assert.Equal(5, codes.Count);
        Assert.All(codes, c => Assert.Contains(c[..5], new[] { "11110", "11140", "11440", "11680" }));
        var longCodes = cut.FindAll("#foreign-long tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent[..5]).ToList();
        Assert.Contains(longCodes, c => c is "11530" or "11545" or "11560");
        Assert.Equal(TestPopulationStore.DongCount, cut.FindComponent<ChoroplethMap>().Instance.Frame!.Classes.Length);
    }

    [Fact]
    public void Method_Default_ShowsValidationDisclosureAndProvenance()
    {
        var cut = Render<Method>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#method-validation tbody tr")));
        var rows = cut.FindAll("#method-validation tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(11, rows.Count);
        Assert.Contains(rows, r => r.Contains("WAPE 행정동", StringComparison.Ordinal) && r.Contains("4.2", StringComparison.Ordinal));
        Assert.Contains("3명 이하", cut.Find("#method-disclosure").TextContent, StringComparison.Ordinal);
        Assert.Contains("test-store", cut.Find("#method-provenance").TextContent, StringComparison.Ordinal);
        Assert.Contains("marketShare", cut.Find("#method-meta").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":1}", "{\n  \"a\": 1\n}")]
    [InlineData("EM expansion v2", "EM expansion v2")]
    [InlineData("{broken", "{broken")]
    [InlineData(null, null)]
    public void Method_PrettyJson_IndentsOnlyJson(string? text, string? expected) =>
        Assert.Equal(expected, Method.PrettyJson(text)?.ReplaceLineEndings("\n"));

    [Fact]
    public void TableCardInPage_ExportsXlsx()
    {
        var download = JSInterop.SetupModule(DownloadInterop.ModulePath);
        var cut = Render<Method>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#method-validation tbody tr")));

        cut.Find("#method-validation-xlsx").Click();

        Assert.Equal("validation.xlsx", download.Invocations["saveStream"].Single().Arguments[0]);
        Assert.Single(cut.FindComponents<TableCard>(), c => c.Instance.Id == "method-validation");
    }
}
