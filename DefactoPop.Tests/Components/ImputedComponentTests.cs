using System.Text.Json;
using Bunit;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Localisation;
using DefactoPop.Web.ViewModels;

namespace DefactoPop.Tests.Components;

/// <summary>Figures imputed for a cell outage are marked "보정됨" in the zone panel, its profile chart and the map tooltip.</summary>
public sealed class ImputedComponentTests : DashboardTestContext
{
    private static readonly DateOnly s_day = new(2017, 10, 11);
    private static Zone Dong { get; } = new("11110515", ZoneLevel.Dong, "청운효자동", "Cheongunhyoja-dong", 2.5, "11110");

    private static ZoneProfile Profile(params int[] imputedHours) =>
        new(Dong, new HourSlot(s_day, 14),
            [.. Enumerable.Range(0, 24).Select(h => new SeriesPoint(new HourSlot(s_day, h), 1000 + h, false, 900, 1100, imputedHours.Contains(h)))],
            1200, null, null, [(s_day, 1100.0)]);

    [Fact]
    public void ZonePanel_ImputedHours_AreNamedAndMarkedOnTheProfile()
    {
        var module = JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, Profile(3, 4, 5, 9)));

        Assert.Equal("보정됨: 3–5, 9시 (기지국 장애 시간을 이웃 시간·기지국으로 보정)", cut.Find("#zone-panel-imputed").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal(3, module.Invocations["render"].Count));
        var spec = JsonSerializer.Serialize(module.Invocations["render"].Single(i => (string)i.Arguments[0]! == "zone-profile-chart").Arguments[1]);
        using var doc = JsonDocument.Parse(spec);
        var marker = doc.RootElement.EnumerateArray().Single(t => t.TryGetProperty("meta", out var m) && m.GetString() == "imputed");
        Assert.Equal([3, 4, 5, 9], marker.GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("보정됨", marker.GetProperty("name").GetString());
    }

    [Fact]
    public void ZonePanel_NothingImputed_ShowsNoMarker()
    {
        JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, Profile()));

        Assert.Empty(cut.FindAll("#zone-panel-imputed"));
    }

    [Fact]
    public void Tooltip_ImputedZones_AreSentByIndexWithTheNote()
    {
        Zone[] zones = [Dong, Dong with { Code = "11110530", NameKo = "사직동" }, Dong with { Code = "11110540", NameKo = "삼청동" }];
        var layer = new MetricLayer(ZoneLevel.Dong, new HourSlot(s_day, 14), MapMetric.DeFacto, zones, [1000, 400, 300], new bool[3])
        {
            Bounds = new MetricBounds([900, 300, 250], [1100, 500, 350], false),
            Imputed = [false, true, false],
        };

        var sent = TooltipIntervals.From(layer, new UiText(), "명")!;

        Assert.Equal([1], sent.Imputed);
        Assert.Equal("보정됨: 기지국 장애 시간을 이웃 시간·기지국으로 보정", sent.ImputedNote);
        Assert.Empty(TooltipIntervals.From(layer with { Imputed = null }, new UiText(), "명")!.Imputed);
    }

    [Fact]
    public void HourRanges_Runs_AreJoined()
    {
        Assert.Equal("0–2, 5, 22–23", ZonePanel.HourRanges([0, 1, 2, 5, 22, 23]));
        Assert.Equal("7", ZonePanel.HourRanges([7]));
    }
}
