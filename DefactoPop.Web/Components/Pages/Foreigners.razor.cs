using DefactoPop.Core.Domain;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>Foreign visitors and residents: short-term Chinese hotspots, hourly rhythm and long-term concentration.</summary>
[Route(DashboardUrls.ForeignersPath)]
public sealed partial class Foreigners
{
    private static readonly IReadOnlyList<(int, string)> s_topOptions = [(5, "5"), (10, "10"), (20, "20")];

    private ForeignersFilter _filter = new();
    private DateOnly? _from;
    private DateOnly? _to;
    private ForeignersModel? _model;
    private string? _geometryUrl;
    private ChoroplethFrame? _frame;
    private ChartSpec? _rhythm;
    private ChartSpec? _cnOther;
    private ExportTable? _hotspots;
    private ExportTable? _long;

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required GeometryCache Geometry { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.Level)] public string? Level { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Hour)] public string? Hour { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Top)] public string? Top { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.To)] public string? To { get; set; }

    private IReadOnlyList<(ZoneLevel, string)> LevelOptions => [(ZoneLevel.Gu, T["level.gu"]), (ZoneLevel.Dong, T["level.dong"])];

    protected override async Task OnParametersSetAsync()
    {
        _filter = ForeignersFilter.Parse(Level, QueryValues.Int(Hour), QueryValues.Int(Top), From, To);
        var period = await Data.PeriodAsync();
        var to = period.Clamp(_filter.To);
        var from = period.Clamp(_filter.From ?? to.AddDays(-6), false);
        (_from, _to) = (from, to);
        var m = await Data.ForeignersAsync(_filter.Level, _filter.Hour, from, to, _filter.Top);
        _model = m;
        var file = await Geometry.GetAsync(_filter.Level);
        _geometryUrl = file is null ? null : DashboardUrls.Geometry(_filter.Level, file.Version);
        var layer = await Data.MetricAsync(_filter.Level, new HourSlot(to, _filter.Hour), MapMetric.ChineseShortTerm, null, null);
        _frame = ChoroplethClassifier.Classify(layer.Values, layer.Masked, ClassificationMethod.Quantile, 7, null, "magma");
        _rhythm = ChartSpecs.Hourly([(T["foreign.chinese"], m.HourlyChinese, ChartSpecs.Orange), (T["foreign.other"], m.HourlyOther, ChartSpecs.Purple)], T["col.hour"]);
        _cnOther = ChartSpecs.GroupedBars([T["class.short"], T["class.long"]],
            [(T["foreign.chinese"], [m.ShortChinese, m.LongChinese], ChartSpecs.Orange), (T["foreign.other"], [m.ShortOther, m.LongOther], ChartSpecs.Purple)]);
        _hotspots = HotspotTable("short-term-chinese-hotspots", m.ChineseHotspots);
        _long = HotspotTable("long-term-concentration", m.LongTermConcentration);
    }

    private ExportTable HotspotTable(string name, IReadOnlyList<Hotspot> hotspots) =>
        new(name, [T["col.rank"], T["col.code"], T["col.name"], T["col.value"], T["col.share"]],
            [.. hotspots.Select(h => new object?[] { h.Rank, h.Code, T.Name(h.Zone), h.Value, h.Share is { } s ? Math.Round(s * 100, 2) : null })]);

    private void Go(ForeignersFilter next) => Navigation.NavigateTo(DashboardUrls.Foreigners(next));
}
