using System.Text.Json;
using Bunit;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Components.Shared;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Localisation;
using DefactoPop.Web.ViewModels;

namespace DefactoPop.Tests.Components;

/// <summary>The 90 % intervals on the KPI cards, the map tooltip, the zone panel ribbon, the tables and the uncertainty metric.</summary>
public sealed class IntervalComponentTests : DashboardTestContext
{
    private static readonly DateOnly s_day = new(2017, 10, 11);

    private static Zone Dong { get; } = new("11110515", ZoneLevel.Dong, "청운효자동", "Cheongunhyoja-dong", 2.5, "11110");

    private static IReadOnlyList<SeriesPoint> Day(bool bounds) =>
        [.. Enumerable.Range(0, 24).Select(h => new SeriesPoint(new HourSlot(s_day, h), 1000 + 10 * h, false, bounds ? 900 + 10 * h : null, bounds ? 1120 + 10 * h : null))];

    private static ZoneProfile Profile(bool bounds) =>
        new(Dong, new HourSlot(s_day, 14), Day(bounds), 1200, null, null, [(s_day, 1100.0)]);

    private static MetricLayer Layer(MapMetric metric, bool bounds)
    {
        Zone[] zones = [Dong, Dong with { Code = "11110530", NameKo = "사직동" }];
        double[] present = [1000, 400];
        double[]? lower = bounds ? [900, 300] : null;
        double[]? upper = bounds ? [1100, 520] : null;
        return new MetricLayer(ZoneLevel.Dong, new HourSlot(s_day, 14), metric, zones,
            MetricCalculator.Compute(metric, present, [1200, 500], zones, lower, upper), new bool[2])
        {
            Bounds = MetricCalculator.Bounds(metric, lower, upper, [1200, 500], zones),
        };
    }

    [Fact]
    public void KpiCard_Interval_IsShownUnderTheFigure()
    {
        var t = new UiText();
        var line = t.Interval(11_710_000, 11_960_000);

        var cut = Render<KpiCard>(p => p.Add(x => x.Id, "kpi-mean").Add(x => x.Title, "평균").Add(x => x.Value, t.Number(11_838_000)).Add(x => x.Interval, line));

        Assert.Equal("1,183.8만", cut.Find("[data-kpi=kpi-mean]").TextContent);
        Assert.Equal("90% 구간 1,171–1,196만", cut.Find("[data-kpi-interval=kpi-mean]").TextContent);
    }

    [Fact]
    public void KpiIntervals_SeriesWithoutBounds_SaysOfficialFilesHaveNone()
    {
        var t = new UiText();

        Assert.Equal("공식 파일에는 구간이 없습니다", KpiIntervals.Line(KpiIntervals.Mean(Day(false)), Day(false), t));
        Assert.Equal((1015.0, 1235.0), KpiIntervals.Mean(Day(true)));
        Assert.Equal((1040.0, 1260.0), KpiIntervals.At(Day(true), new HourSlot(s_day, 14)));
        Assert.Null(KpiIntervals.Line(null, [], t));
    }

    [Fact]
    public void Tooltip_Bounds_AreSentWithTheFrameAsFloats()
    {
        var module = JSInterop.SetupModule(ChoroplethMapInterop.ModulePath);
        var map = module.SetupModule(inv => inv.Identifier == "create");
        var layer = Layer(MapMetric.DeFacto, bounds: true);
        var frame = ChoroplethClassifier.Classify(layer.Values, layer.Masked, ClassificationMethod.Quantile, 3, null, "viridis");
        var intervals = TooltipIntervals.From(layer, new UiText(), "명");

        Render<ChoroplethMap>(p => p.Add(x => x.Id, "m").Add(x => x.GeometryUrl, "/geo/dong.geojson?v=1").Add(x => x.Frame, frame).Add(x => x.Intervals, intervals));

        var sent = map.Invocations["setFrame"].Single().Arguments[4] as TooltipIntervals;
        Assert.NotNull(sent);
        Assert.Equal("90% 구간", sent.Label);
        Assert.Null(sent.None);
        Assert.Equal([900f, 300f], Floats(sent.LowerF32!));
        Assert.Equal([1100f, 520f], Floats(sent.UpperF32!));
    }

    [Fact]
    public void Tooltip_NoBounds_CarriesTheNoteAndTheRegisterNothing()
    {
        var none = TooltipIntervals.From(Layer(MapMetric.DeFacto, bounds: false), new UiText(), "명");

        Assert.Equal("공식 파일에는 구간이 없습니다", none!.None);
        Assert.Null(none.LowerF32);
        Assert.Null(TooltipIntervals.From(Layer(MapMetric.Registered, bounds: true), new UiText(), "명"));
    }

    [Fact]
    public void ZonePanel_Bounds_DrawsARibbonAndStatesTheHoursInterval()
    {
        var module = JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, Profile(bounds: true)));

        Assert.Equal("생활인구 1,140 · 90% 구간 1,040–1,260", cut.Find("#zone-panel-interval").TextContent);
        cut.WaitForAssertion(() => Assert.Equal(3, module.Invocations["render"].Count));
        var spec = JsonSerializer.Serialize(module.Invocations["render"].Single(i => (string)i.Arguments[0]! == "zone-profile-chart").Arguments[1]);
        using var doc = JsonDocument.Parse(spec);
        var traces = doc.RootElement.EnumerateArray().ToList();
        var ribbon = traces.Single(x => x.TryGetProperty("fill", out var f) && f.GetString() == "tonexty");
        Assert.Equal(1260, ribbon.GetProperty("y")[14].GetDouble());
        Assert.Equal(1040, traces[traces.IndexOf(ribbon) - 1].GetProperty("y")[14].GetDouble());
    }

    [Fact]
    public void ZonePanel_NoBounds_NoRibbonAndTheNote()
    {
        var module = JSInterop.SetupModule(ChartInterop.ModulePath);

        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, Profile(bounds: false)));

        Assert.Contains("공식 파일에는 구간이 없습니다", cut.Find("#zone-panel-interval").TextContent, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal(3, module.Invocations["render"].Count));
        var spec = JsonSerializer.Serialize(module.Invocations["render"].Single(i => (string)i.Arguments[0]! == "zone-profile-chart").Arguments[1]);
        Assert.DoesNotContain("tonexty", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void MapTable_Bounds_AreIntervalColumns()
    {
        var table = MapTables.Layer(Layer(MapMetric.Ratio, bounds: true), null, new UiText());

        Assert.Equal(["순위", "코드", "이름", "값", "90% 하한", "90% 상한", "비공개(*) 또는 하한값"], table.Headers);
        Assert.Equal(0.75, table.Rows[0][4]);
        Assert.Equal(0.917, table.Rows[0][5]);
        Assert.DoesNotContain("90% 하한", MapTables.Layer(Layer(MapMetric.Registered, bounds: true), null, new UiText()).Headers);
    }

    [Fact]
    public void Ranking_Bounds_AreCarriedPerZone()
    {
        var rows = Rankings.Build([Dong], [1200], [1000], null, null, ([900], [1100]));

        Assert.Equal((900.0, 1100.0), (rows[0].Lower!.Value, rows[0].Upper!.Value));
        Assert.Null(Rankings.Build([Dong], [1200], [1000], null, null)[0].Lower);
    }

    [Fact]
    public void UncertaintyMetric_IsTheWidthOverTheEstimateInPercent()
    {
        var layer = Layer(MapMetric.Uncertainty, bounds: true);

        Assert.Equal([20.0, 55.0], layer.Values);
        Assert.True(layer.Bounds!.InPeople);
        Assert.All(Layer(MapMetric.Uncertainty, bounds: false).Values, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(MapMetric.Uncertainty, MapMetrics.ParseOrDefault("uncertainty"));
        Assert.Equal("상대 불확실성 (%)", new UiText()["metric.uncertainty"]);
    }

    private static float[] Floats(byte[] bytes) => [.. Enumerable.Range(0, bytes.Length / 4).Select(i => BitConverter.ToSingle(bytes, i * 4))];
}
