using DefactoPop.Core.Domain;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Components.Shared;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Pages;

/// <summary>The choropleth of one metric at one hour, its legend and table, and the chosen zone's panel.</summary>
[Route(DashboardUrls.MapPath)]
public sealed partial class MapPage : IAsyncDisposable
{
    private const string ModulePath = "./Components/Pages/MapPage.razor.js";
    private IJSObjectReference? _module;
    private bool _exporting;
    private MapFilter _filter = new();
    private DateOnly? _date;
    private IReadOnlyList<Zone> _districts = [];
    private string? _geometryUrl;
    private bool _noGeometry;
    private int _minZoom;
    private bool _fitVisible;
    private string _palette = "viridis";
    private string _caption = "";
    private MetricLayer? _layer;
    private string? _layerKey;
    private string? _frameKey;
    private ChoroplethFrame? _frame;
    private ZoneProfile? _profile;
    private ExportTable? _table;
    private TooltipIntervals? _tooltipIntervals;
    private bool[]? _visible;
    private ChoroplethMap? _map;
    private TableCard? _tableCard;
    private string? _neighboursKey;
    private readonly Dictionary<string, MetricLayer> _aheadLayers = [];

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required GeometryCache Geometry { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required IOptions<DisclosureSettings> Disclosure { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.Level)] public string? Level { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Metric)] public string? Metric { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Date)] public string? Date { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Hour)] public string? Hour { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Sex)] public string? Sex { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Band)] public string? Band { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Method)] public string? Method { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Classes)] public string? Classes { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Palette)] public string? Palette { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Breaks)] public string? Breaks { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Gu)] public string? Gu { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Zone)] public string? Zone { get; set; }

    private MapQuery Query => new()
    {
        Level = Level, Metric = Metric, Date = Date, Hour = QueryValues.Int(Hour), Sex = Sex, Band = QueryValues.Int(Band),
        Method = Method, Classes = QueryValues.Int(Classes), Palette = Palette, Breaks = Breaks, Gu = Gu, Zone = Zone,
    };

    private Zone? SelectedZone => _filter.Zone is { } code ? _layer?.Zones.FirstOrDefault(z => z.Code == code) : null;

    /// <summary>Zones by name (either language) or code, for the keyboard's way to a zone.</summary>
    private Task<IEnumerable<Zone>> SearchZonesAsync(string? text, CancellationToken ct)
    {
        var zones = _layer?.Zones ?? [];
        var found = string.IsNullOrWhiteSpace(text)
            ? zones.Take(20)
            : zones.Where(z => z.NameKo.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
                || (z.NameEn?.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) ?? false)
                || z.Code.StartsWith(text.Trim(), StringComparison.Ordinal));
        return Task.FromResult(found);
    }

    private Task ZonePickedAsync(Zone? zone) => zone is null ? Task.CompletedTask : NavigateAsync(_filter with { Zone = zone.Code });

    /// <summary>The view in one sentence for screen readers: the total, the highest and the lowest zone.</summary>
    private string Summary(MetricLayer layer)
    {
        var shown = layer.Zones.Select((z, i) => (Zone: z, Value: layer.Values[i], Masked: i < layer.Masked.Length && layer.Masked[i]))
            .Where(x => double.IsFinite(x.Value) && !x.Masked).ToList();
        if (shown.Count == 0)
            return T["nodata.level"];
        var top = shown.MaxBy(x => x.Value);
        var bottom = shown.MinBy(x => x.Value);
        var total = _filter.Metric is MapMetric.DeFacto or MapMetric.Registered or MapMetric.LongTerm or MapMetric.ShortTerm
            ? $"{T["map.summary.total"]} {shown.Sum(x => x.Value):N0} · "
            : "";
        return $"{MetricTitle}: {total}{T["map.summary.top"]} {T.Name(top.Zone)} {top.Value:N0} · {T["map.summary.bottom"]} {T.Name(bottom.Zone)} {bottom.Value:N0}";
    }

    /// <summary>The 24-hour animation of the shown day and metric (districts or dongs; output areas animate as dongs).</summary>
    private string? AnimationUrl => _date is { } d
        ? $"{Hosting.AnimationEndpoints.GifPath}?date={d:yyyy-MM-dd}&metric={_filter.Metric.Key()}&level={(_filter.Level == ZoneLevel.Gu ? "gu" : "dong")}"
        : null;

    private string MetricTitle => T["metric." + _filter.Metric.Key()];

    protected override async Task OnParametersSetAsync()
    {
        _filter = MapFilter.Parse(Query);
        var period = await Data.PeriodAsync();
        var date = period.Clamp(_filter.Date);
        _date = date;
        if (Level is null && await Data.Store.GetFinestLevelAsync(date, ZoneLevel.Dong) is { } finest and not ZoneLevel.City)
            _filter = _filter with { Level = finest };
        _districts = await Data.ZonesAsync(ZoneLevel.Gu);
        var file = await Geometry.GetAsync(_filter.Level);
        _noGeometry = file is null;
        _geometryUrl = file is null ? null : DashboardUrls.Geometry(_filter.Level, file.Version);
        var oaAll = _filter.Level == ZoneLevel.Oa && _filter.Gu is null;
        _minZoom = oaAll ? 13 : 0;
        _fitVisible = _filter.Level == ZoneLevel.Oa && _filter.Gu is not null;

        var slot = new HourSlot(date, _filter.Hour);
        var layerKey = $"{_filter.Level}|{_filter.Metric}|{slot}|{_filter.Sex}|{_filter.Band}";
        if (layerKey != _layerKey || _layer is null)
        {
            _layer = _aheadLayers.GetValueOrDefault(layerKey) ?? await Data.MetricAsync(_filter.Level, slot, _filter.Metric, _filter.Sex, _filter.Band);
            _layerKey = layerKey;
            _frameKey = null;
        }
        _palette = Palettes.Normalize(_filter.Palette, _filter.Metric.IsDiverging());
        var frameKey = $"{layerKey}|{_filter.Method}|{_filter.Classes}|{_palette}|{_filter.Breaks}|{_filter.Gu}";
        if (frameKey != _frameKey)
        {
            _visible = _filter.Gu is { } gu && _filter.Level == ZoneLevel.Oa
                ? DistrictMembership.VisibleIn(_layer.Zones, await Data.ZonesAsync(ZoneLevel.Dong), gu)
                : null;
            _frame = Classify(_layer);
            _frameKey = frameKey;
            _table = MapTables.Layer(_layer, _visible, T);
            _tooltipIntervals = TooltipIntervals.From(_layer, T, Unit(_filter.Metric));
        }
        _caption = $"{T["level." + _filter.Level.Key()]} {_layer.Zones.Count:N0} {T["map.zones"]} · {DashboardData.FormatSlot(slot)}";

        _profile = null;
        if (_filter.Zone is { } code && _layer.Zones.FirstOrDefault(z => z.Code == code) is { } zone)
            _profile = await Data.ZoneProfileAsync(zone, slot);
    }

    private ChoroplethFrame Classify(MetricLayer layer) =>
        ChoroplethClassifier.Classify(layer.Values, layer.Masked, _filter.Method, _filter.Classes, _filter.Breaks, _palette, _visible);

    /// <summary>Once a frame is drawn, the hours either side go to the map ahead of a click on the hour buttons.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_map is null || _layer is null || _date is not { } date || _frameKey is null || _frameKey == _neighboursKey)
            return;
        var key = _neighboursKey = _frameKey;
        var (filter, frame) = (_filter, _frame!);
        var around = new List<HourFrame>(2);
        _aheadLayers.Clear();
        foreach (var step in (int[])[-1, 1])
        {
            var hour = ((filter.Hour + step) % 24 + 24) % 24;
            var slot = new HourSlot(date, hour);
            var layer = await Data.MetricAsync(filter.Level, slot, filter.Metric, filter.Sex, filter.Band);
            if (key != _frameKey)
                return; // the view moved on meanwhile
            _aheadLayers[$"{filter.Level}|{filter.Metric}|{slot}|{filter.Sex}|{filter.Band}"] = layer;
            around.Add(new HourFrame(Classify(layer), TooltipIntervals.From(layer, T, Unit(filter.Metric))));
        }
        await _map.SendNeighboursAsync(frame, around[0], around[1]);
    }

    private string Unit(MapMetric m) => m switch
    {
        MapMetric.Ratio => "×",
        MapMetric.Density => T.English ? "/km²" : "명/㎢",
        MapMetric.Uncertainty => "%",
        _ => T["common.people"],
    };

    private Task ZoneClickedAsync(string code) => NavigateAsync(_filter with { Zone = code });

    private Task LegendChangedAsync(LegendSettings s) =>
        NavigateAsync(_filter with { Method = s.Method, Classes = s.Classes, Palette = s.Palette, Breaks = s.Breaks });

    private Task NavigateAsync(MapFilter next) => NavigateAsync(next, replace: false);

    private Task NavigateAsync(MapFilter next, bool replace)
    {
        Navigation.NavigateTo(DashboardUrls.Map(next), replace: replace);
        return Task.CompletedTask;
    }

    /// <summary>"As you see it": the map with its legend, a title line (metric, level, hour) and the source note, as one PNG.</summary>
    private async Task ExportViewAsync()
    {
        if (_date is not { } date)
            return;
        _exporting = true;
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            var title = $"{MetricTitle} · {T["level." + _filter.Level.Key()]} · {DashboardData.FormatSlot(new HourSlot(date, _filter.Hour))}";
            var name = $"map-{_filter.Metric.Key()}-{_filter.Level.Key()}-{date:yyyy-MM-dd}-{_filter.Hour:00}h.png";
            await _module.InvokeAsync<long>("exportView", "choropleth", "map-legend-key", "map-png", title, T[Disclosure.Value.ShowsRaw ? "map.export.internal" : "map.export.note"], name);
        }
        finally
        {
            _exporting = false;
        }
    }

    public async ValueTask DisposeAsync() => await JSInteropHelpers.SafeDisposeAsync(_module);
}
