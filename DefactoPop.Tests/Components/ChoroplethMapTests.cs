using Bunit;
using DefactoPop.Core.Analytics;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Interop;

namespace DefactoPop.Tests.Components;

public sealed class ChoroplethMapTests : DashboardTestContext
{
    private static ChoroplethFrame Frame(params double[] values) =>
        ChoroplethClassifier.Classify(values, new bool[values.Length], ClassificationMethod.Quantile, 3, null, "viridis");

    [Fact]
    public void Map_Parameters_AreSentInOrderAndOnlyWhenChanged()
    {
        var module = JSInterop.SetupModule(ChoroplethMapInterop.ModulePath);
        var map = module.SetupModule(inv => inv.Identifier == "create");
        var first = Frame(1, 2, 3);

        var cut = Render<ChoroplethMap>(p => p.Add(x => x.Id, "m").Add(x => x.GeometryUrl, "/geo/dong.geojson?v=1").Add(x => x.Frame, first).Add(x => x.UnitLabel, "명"));

        cut.WaitForAssertion(() => Assert.Single(map.Invocations["setFrame"]));
        Assert.Equal("m", module.Invocations["create"].Single().Arguments[0]);
        Assert.Equal("/geo/dong.geojson?v=1", map.Invocations["setLayer"].Single().Arguments[0]);
        Assert.Equal(first.Classes, map.Invocations["setFrame"].Single().Arguments[0]);
        Assert.Equal(["setLayer", "setFrame"], map.Invocations.Select(i => i.Identifier));

        cut.Render(p => p.Add(x => x.Frame, first));
        Assert.Single(map.Invocations["setFrame"]);

        var second = Frame(3, 2, 1);
        cut.Render(p => p.Add(x => x.Frame, second).Add(x => x.SelectedCode, "11110515"));
        cut.WaitForAssertion(() => Assert.Equal(2, map.Invocations["setFrame"].Count));
        Assert.Equal(second.Classes, map.Invocations["setFrame"][1].Arguments[0]);
        Assert.Equal("11110515", map.Invocations["highlight"].Single().Arguments[0]);
        Assert.Single(map.Invocations["setLayer"]);
    }

    [Fact]
    public void Map_NewLevel_ReloadsLayerThenResendsFrame()
    {
        var module = JSInterop.SetupModule(ChoroplethMapInterop.ModulePath);
        var map = module.SetupModule(inv => inv.Identifier == "create");
        var frame = Frame(1, 2, 3);
        var cut = Render<ChoroplethMap>(p => p.Add(x => x.Id, "m").Add(x => x.GeometryUrl, "/geo/dong.geojson?v=1").Add(x => x.Frame, frame));
        cut.WaitForAssertion(() => Assert.Single(map.Invocations["setFrame"]));

        cut.Render(p => p.Add(x => x.GeometryUrl, "/geo/oa.geojson?v=2").Add(x => x.MinZoom, 13));

        cut.WaitForAssertion(() => Assert.Equal(2, map.Invocations["setFrame"].Count));
        var layer = map.Invocations["setLayer"][1];
        Assert.Equal("/geo/oa.geojson?v=2", layer.Arguments[0]);
        Assert.Equal(13, layer.Arguments[1]);
    }

    [Fact]
    public void Map_LayerFailsInBrowser_ShowsErrorAndKeepsRunning()
    {
        var module = JSInterop.SetupModule(ChoroplethMapInterop.ModulePath);
        var map = module.SetupModule(inv => inv.Identifier == "create");
        map.SetupVoid("setLayer", _ => true).SetException(new Microsoft.JSInterop.JSException("geometry /geo/dong.geojson: 404"));

        var cut = Render<ChoroplethMap>(p => p.Add(x => x.Id, "m").Add(x => x.GeometryUrl, "/geo/dong.geojson").Add(x => x.Frame, Frame(1, 2)));

        cut.WaitForAssertion(() => Assert.Contains("404", cut.Find("#m-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Map_ZoneClickedFromJs_RaisesOnZoneClick()
    {
        string? clicked = null;
        var cut = Render<ChoroplethMap>(p => p.Add(x => x.Id, "m").Add(x => x.OnZoneClick, (string c) => clicked = c));

        await cut.InvokeAsync(() => cut.Instance.ZoneClicked("11680640"));

        Assert.Equal("11680640", clicked);
    }
}
