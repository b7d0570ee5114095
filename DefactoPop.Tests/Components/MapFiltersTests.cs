using Bunit;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Routing;

namespace DefactoPop.Tests.Components;

public sealed class MapFiltersTests : DashboardTestContext
{
    [Fact]
    public void Filters_LevelClicked_EmitsLevelAndClearsZone()
    {
        MapFilter? emitted = null;
        var cut = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter { Zone = "11680640" }).Add(x => x.Changed, (MapFilter f) => emitted = f));

        cut.Find("#filter-level button[data-value=Gu]").Click();

        Assert.Equal(ZoneLevel.Gu, emitted?.Level);
        Assert.Null(emitted?.Zone);
    }

    [Fact]
    public void Filters_SexClicked_EmitsSex()
    {
        MapFilter? emitted = null;
        var cut = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter()).Add(x => x.Changed, (MapFilter f) => emitted = f));

        cut.Find("#filter-sex button[data-value=f]").Click();

        Assert.Equal(Sex.Female, emitted?.Sex);
    }

    [Fact]
    public async Task Filters_MetricSelected_EmitsMetric()
    {
        var provider = Render<MudBlazor.MudPopoverProvider>();
        MapFilter? emitted = null;
        var cut = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter()).Add(x => x.Changed, (MapFilter f) => emitted = f));

        cut.FindAll("div.mud-input-control")[0].MouseDown();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("div.mud-list-item")));
        provider.FindAll("div.mud-list-item").First(e => e.TextContent.Contains("단기체류 중국인", StringComparison.Ordinal)).Click();

        // the select raises its value asynchronously
        for (var i = 0; i < 250 && emitted is null; i++)
            await Task.Delay(20);
        Assert.Equal(MapMetric.ChineseShortTerm, emitted?.Metric);
    }

    [Fact]
    public async Task Filters_OutputAreaLevel_ShowsDistrictChoice()
    {
        var districts = await SharedStore.GetZonesAsync(ZoneLevel.Gu);
        var dong = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter()).Add(x => x.Districts, districts));
        var oa = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter { Level = ZoneLevel.Oa }).Add(x => x.Districts, districts));

        Assert.Empty(dong.FindAll("#filter-gu"));
        Assert.NotEmpty(oa.FindAll("#filter-gu"));
    }

    [Fact]
    public void Filters_DateTyped_EmitsDate()
    {
        MapFilter? emitted = null;
        var cut = Render<MapFilters>(p => p.Add(x => x.Filter, new MapFilter()).Add(x => x.Date, new DateOnly(2024, 9, 22))
            .Add(x => x.Changed, (MapFilter f) => emitted = f));

        cut.Find("#filter-date").Change("2024-09-17");

        Assert.Equal(new DateOnly(2024, 9, 17), emitted?.Date);
    }
}
