using Bunit;
using DefactoPop.Core.Analytics;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;

namespace DefactoPop.Tests.Components;

public sealed class MapLegendTests : DashboardTestContext
{
    private static ChoroplethFrame Frame() =>
        ChoroplethClassifier.Classify([1, 2, 3, 4, 5, 6, double.NaN], [false, false, true, false, false, false, true], ClassificationMethod.EqualInterval, 5, null, "viridis");

    [Fact]
    public void Legend_WithFrame_ListsEveryClassPlusMaskedAndNoData()
    {
        var cut = Render<MapLegend>(p => p.Add(x => x.Frame, Frame()).Add(x => x.Title, "생활인구").Add(x => x.Classes, 5));

        var items = cut.FindAll("[role=listitem]");
        Assert.Equal(5 + 2, items.Count);
        Assert.Contains("< 2", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("≥ 5", items[4].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("2", cut.Find("[data-class=masked]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("1", cut.Find("[data-class=nodata]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("비공개", cut.Find("[data-class=masked]").TextContent, StringComparison.Ordinal);
        Assert.Contains("background:#440154", cut.Find("[data-class='0'] .dp-swatch").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Legend_PaletteClicked_RaisesChangedWithPalette()
    {
        LegendSettings? changed = null;
        var cut = Render<MapLegend>(p => p.Add(x => x.Frame, Frame()).Add(x => x.Palette, "viridis")
            .Add(x => x.Changed, (LegendSettings s) => changed = s));

        cut.Find("#legend-palette button[data-value=cividis]").Click();

        Assert.NotNull(changed);
        Assert.Equal("cividis", changed.Palette);
        Assert.Equal(ClassificationMethod.Quantile, changed.Method);
    }

    [Fact]
    public void Legend_ManualMethod_ShowsBreaksFieldInsteadOfClassCount()
    {
        var cut = Render<MapLegend>(p => p.Add(x => x.Method, ClassificationMethod.Manual).Add(x => x.Breaks, "10,20"));

        Assert.NotEmpty(cut.FindAll("#legend-breaks"));
        Assert.Empty(cut.FindAll("#legend-classes"));
    }

    [Fact]
    public void Legend_ClassesClicked_RaisesChangedWithCount()
    {
        LegendSettings? changed = null;
        var cut = Render<MapLegend>(p => p.Add(x => x.Classes, 7).Add(x => x.Changed, (LegendSettings s) => changed = s));

        cut.Find("#legend-classes button[data-value='5']").Click();

        Assert.Equal(5, changed?.Classes);
    }
}
