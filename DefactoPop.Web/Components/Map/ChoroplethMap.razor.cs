using DefactoPop.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Map;

/// <summary>A Leaflet choropleth: the browser draws the level's GeoJSON, the circuit sends one class byte and one float per zone.</summary>
public sealed partial class ChoroplethMap : IAsyncDisposable
{
    private ChoroplethMapInterop? _interop;
    private DotNetObjectReference<ChoroplethMap>? _self;
    private string? _appliedLayer;
    private ChoroplethFrame? _appliedFrame;
    private string? _appliedSelection;
    private IReadOnlyList<MapPlaceGroup>? _appliedPlaces;
    private bool _busy;
    private string? _error;
    private (ChoroplethFrame For, HourFrame? Previous, HourFrame? Next)? _neighbours;

    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required IOptions<DashboardOptions> Options { get; init; }

    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter] public string CssClass { get; set; } = "dp-map";
    [Parameter] public string? AriaLabel { get; set; }

    /// <summary>Versioned GeoJSON URL of the level; fetched by the browser.</summary>
    [Parameter] public string? GeometryUrl { get; set; }

    /// <summary>Hide the layer below this zoom (0 = always shown).</summary>
    [Parameter] public int MinZoom { get; set; }

    /// <summary>Fit to the zones that are not hidden (one chosen district).</summary>
    [Parameter] public bool FitVisible { get; set; }

    [Parameter] public ChoroplethFrame? Frame { get; set; }
    [Parameter] public string UnitLabel { get; set; } = "";

    /// <summary>The tooltip's interval line, sent with the frame.</summary>
    [Parameter] public TooltipIntervals? Intervals { get; set; }
    [Parameter] public string? SelectedCode { get; set; }
    [Parameter] public EventCallback<string> OnZoneClick { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>Point and path layers over the zones; a new list instance redraws them.</summary>
    [Parameter] public IReadOnlyList<MapPlaceGroup>? Places { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            // Published only once the map exists: parameters that arrive meanwhile are applied by the sync below.
            var interop = new ChoroplethMapInterop(JS);
            await interop.CreateAsync(Id, _self, Options.Value.TileUrl, Options.Value.TileAttribution);
            _interop = interop;
        }
        await SyncAsync();
    }

    /// <summary>Sends only what changed: layer URL, then the frame, then the selection. Serialised so frames never overtake the layer.</summary>
    private async Task SyncAsync()
    {
        if (_interop is null || _busy)
            return;
        _busy = true;
        try
        {
            while (true)
            {
                var layerKey = GeometryUrl is null ? null : $"{GeometryUrl}|{MinZoom}|{FitVisible}";
                if (GeometryUrl is not null && layerKey != _appliedLayer)
                {
                    _appliedLayer = layerKey;
                    _appliedFrame = null;
                    await _interop.SetLayerAsync(GeometryUrl, MinZoom, FitVisible);
                    continue;
                }
                if (GeometryUrl is not null && Frame is not null && !ReferenceEquals(Frame, _appliedFrame))
                {
                    _appliedFrame = Frame;
                    await _interop.SetFrameAsync(Frame, UnitLabel, Intervals);
                    continue;
                }
                if (Places is not null && !ReferenceEquals(Places, _appliedPlaces))
                {
                    _appliedPlaces = Places;
                    await _interop.SetPlacesAsync(Places);
                    continue;
                }
                if (SelectedCode != _appliedSelection)
                {
                    _appliedSelection = SelectedCode;
                    await _interop.HighlightAsync(SelectedCode);
                    continue;
                }
                if (_neighbours is { } n && ReferenceEquals(n.For, _appliedFrame) && ReferenceEquals(n.For, Frame))
                {
                    _neighbours = null;
                    await _interop.SetNeighboursAsync(n.Previous, n.Next);
                    continue;
                }
                break;
            }
        }
        catch (JSException e)
        {
            // e.g. the geometry could not be fetched: show it instead of ending the circuit
            _error = e.Message;
            StateHasChanged();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>
    /// The neighbouring hours' frames for <paramref name="frame"/>: sent once that frame is on the map (a head start for
    /// the hour buttons, dropped when another frame comes first).
    /// </summary>
    public Task SendNeighboursAsync(ChoroplethFrame frame, HourFrame? previous, HourFrame? next)
    {
        _neighbours = (frame, previous, next);
        return SyncAsync();
    }

    /// <summary>Saves the map as a PNG in the browser (0 when the map is not ready).</summary>
    public async Task<int> ExportPngAsync(string fileName, string title) =>
        _interop is null ? 0 : await _interop.ExportPngAsync(fileName, title);

    [JSInvokable]
    public Task ZoneClicked(string code) => OnZoneClick.InvokeAsync(code);

    public async ValueTask DisposeAsync()
    {
        if (_interop is not null)
            await _interop.DisposeAsync();
        _self?.Dispose();
    }
}
