using Microsoft.JSInterop;

namespace DefactoPop.Web.Interop;

/// <summary>A map frame with its tooltip intervals: what one hour sends to the map.</summary>
public sealed record HourFrame(ChoroplethFrame Frame, TooltipIntervals? Intervals);

/// <summary>A group of points (and paths) drawn over the map, e.g. existing facilities or chosen sites.</summary>
public sealed record MapPlaceGroup(string Key, string Color, int Radius, IReadOnlyList<(double Lon, double Lat, string? Label)> Points)
{
    public string Stroke { get; init; } = "#ffffff";
    public double Opacity { get; init; } = 0.9;
    public IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Paths { get; init; } = [];
}

/// <summary>Typed face of Components/Map/ChoroplethMap.razor.js; one instance per map.</summary>
public sealed class ChoroplethMapInterop(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./Components/Map/ChoroplethMap.razor.js";
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;

    public bool IsReady => _map is not null;

    /// <summary>Creates the Leaflet map in the element; the callback receives ZoneClicked(code).</summary>
    public async ValueTask CreateAsync(string elementId, object callback, string? tileUrl, string? tileAttribution, CancellationToken ct = default)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        _map = await _module.InvokeAsync<IJSObjectReference>("create", ct, elementId, callback, new { tileUrl, tileAttribution });
    }

    /// <summary>Loads (or keeps) the GeoJSON layer from the URL; the browser fetches it, nothing crosses the circuit.</summary>
    /// <param name="minZoom">Hide the layer below this zoom (output areas without a chosen district), 0 for always.</param>
    public async ValueTask SetLayerAsync(string geometryUrl, int minZoom, bool fitVisible, CancellationToken ct = default)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("setLayer", ct, geometryUrl, minZoom, fitVisible);
    }

    /// <summary>Restyles every feature from its class byte; values (float32 bytes) feed the tooltip.</summary>
    /// <param name="intervals">Tooltip bounds (float32 bytes) or the note that the data has none; null for no interval line.</param>
    public async ValueTask SetFrameAsync(ChoroplethFrame frame, string unitLabel, TooltipIntervals? intervals = null, CancellationToken ct = default)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("setFrame", ct, frame.Classes, frame.ValuesF32, frame.Colors, unitLabel, intervals);
    }

    /// <summary>Sends the previous and next hour's frames ahead, so the hour buttons repaint without a round trip.</summary>
    public async ValueTask SetNeighboursAsync(HourFrame? previous, HourFrame? next, CancellationToken ct = default)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("setNeighbours", ct, Shape(previous), Shape(next));
    }

    private static object? Shape(HourFrame? f) =>
        f is null ? null : new { classes = f.Frame.Classes, values = f.Frame.ValuesF32, colors = f.Frame.Colors, intervals = f.Intervals };

    /// <summary>Draws point and path groups over the zones (replacing the previous ones).</summary>
    public async ValueTask SetPlacesAsync(IReadOnlyList<MapPlaceGroup> groups, CancellationToken ct = default)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("setPlaces", ct, groups.Select(g => new
            {
                key = g.Key,
                color = g.Color,
                stroke = g.Stroke,
                radius = g.Radius,
                opacity = g.Opacity,
                points = g.Points.Select(p => new object[] { Math.Round(p.Lon, 6), Math.Round(p.Lat, 6), p.Label ?? "" }),
                paths = g.Paths.Select(path => path.Select(p => new[] { Math.Round(p.Lon, 6), Math.Round(p.Lat, 6) })),
            }));
    }

    /// <summary>Saves the drawn map as a PNG in the browser; returns the data URL's length (0 when nothing is drawn).</summary>
    public async ValueTask<int> ExportPngAsync(string fileName, string title, CancellationToken ct = default) =>
        _map is null ? 0 : await _map.InvokeAsync<int>("exportPng", ct, fileName, title);

    public async ValueTask HighlightAsync(string? code, CancellationToken ct = default)
    {
        if (_map is not null)
            await _map.InvokeVoidAsync("highlight", ct, code);
    }

    public async ValueTask DisposeAsync()
    {
        if (_map is not null)
        {
            try
            {
                await _map.InvokeVoidAsync("dispose");
            }
            catch (JSDisconnectedException)
            {
            }
        }
        await JSInteropHelpers.SafeDisposeAsync(_map);
        await JSInteropHelpers.SafeDisposeAsync(_module);
        _map = null;
        _module = null;
    }
}
