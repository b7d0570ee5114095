using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Pages;

/// <summary>
/// The four siting workbenches, one tab each. Every setting lives in the URL; a change re-runs the preset in the
/// background (demand read once and kept, so a weight change only re-scores) and shows how the ranks moved.
/// </summary>
[Route(DashboardUrls.SitingPath)]
public sealed partial class Siting : IDisposable
{
    private const int ShownRows = 50;
    private const int MapCandidates = 300;
    private SitingFilter _filter = new();
    private SitingRunResult? _run;
    private SitingProgress? _progress;
    private string? _error;
    private string? _geometryUrl;
    private ChoroplethFrame? _frame;
    private IReadOnlyList<MapPlaceGroup>? _places;
    private Dictionary<string, int> _previousRanks = [];
    private SitingPreset? _previousPreset;
    private CancellationTokenSource? _cts;
    private ChoroplethMap? _map;
    private DownloadInterop? _download;
    private int _runs;

    [Inject] public required SitingService Service { get; init; }
    [Inject] public required GeometryCache Geometry { get; init; }
    [Inject] public required IPopulationReadStore Store { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required UiText T { get; init; }

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    // The settings are all in the query string: a new one re-runs (the page has no route parameters to do it).
    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e) =>
        _ = InvokeAsync(async () =>
        {
            await OnParametersSetAsync();
            StateHasChanged();
        });

    protected override Task OnParametersSetAsync()
    {
        if (!Navigation.Uri.Contains(DashboardUrls.SitingPath, StringComparison.Ordinal))
            return Task.CompletedTask;
        var query = QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        var values = SitingFilter.Keys.ToDictionary(k => k, k => query.TryGetValue(k, out var v) ? (string?)v.ToString() : null);
        var next = SitingFilter.Parse(values, strict: false);
        if (next == _filter && _run is not null)
            return Task.CompletedTask;
        _filter = next;
        Start();
        return Task.CompletedTask;
    }

    private void Start()
    {
        _cts?.Cancel();
        _cts = new CancellationTokenSource();
        var ct = _cts.Token;
        var filter = _filter;
        _error = null;
        _progress = new SitingProgress("layers", 0);
        var finished = false;
        var progress = new Progress<SitingProgress>(p =>
        {
            // Reports are posted: one may arrive after the result is on the page.
            if (ct.IsCancellationRequested || Volatile.Read(ref finished))
                return;
            _progress = p;
            _ = InvokeAsync(StateHasChanged);
        });
        _ = Task.Run(async () =>
        {
            try
            {
                var run = await Service.RunAsync(filter, progress, ct);
                Volatile.Write(ref finished, true);
                await InvokeAsync(async () =>
                {
                    if (ct.IsCancellationRequested)
                        return;
                    await ShowAsync(run);
                });
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                await InvokeAsync(() =>
                {
                    _error = e.Message;
                    _progress = null;
                    StateHasChanged();
                });
            }
        }, ct);
    }

    private async Task ShowAsync(SitingRunResult run)
    {
        if (_run is { } old)
        {
            _previousRanks = old.Result.Sites.ToDictionary(s => s.Id, s => s.Rank);
            _previousPreset = old.Result.Preset;
        }
        _run = run;
        _runs++;
        _progress = null;
        var file = await Geometry.GetAsync(run.Level);
        _geometryUrl = file is null ? null : DashboardUrls.Geometry(run.Level, file.Version);
        var zones = await Store.GetZonesAsync(run.Level);
        var values = zones.Select(z => run.Result.ZoneDemand.TryGetValue(z.Code, out var v) ? v : double.NaN).ToArray();
        _frame = ChoroplethClassifier.Classify(values, new bool[values.Length], ClassificationMethod.Quantile, 7, null, "cividis");
        _places = Places(run.Result);
        StateHasChanged();
    }

    /// <summary>Existing facilities grey, candidates pale, chosen sites large and numbered, proposed routes as lines.</summary>
    private static IReadOnlyList<MapPlaceGroup> Places(SitingResult result)
    {
        // Hot spots first (underneath), then candidates, then existing facilities on top.
        var order = new[] { "hotspot", "candidate", "competitor", "existing", "stop", "origin" };
        // Thousands of facilities and candidates would hide the demand: small, translucent dots, and only the best
        // candidates (the list's order).
        var groups = result.Places.GroupBy(p => p.Layer).OrderBy(g => Array.IndexOf(order, g.Key))
            .Select(g => new MapPlaceGroup(g.Key, Colour(g.Key), g.Key == "origin" ? 5 : 2, [.. g.Take(g.Key == "candidate" ? MapCandidates : int.MaxValue)
                .Select(p => (p.Lon, p.Lat, (string?)p.Name))]) { Opacity = g.Key is "existing" or "origin" or "stop" ? 0.85 : 0.55 }).ToList();
        var chosen = result.Sites.Where(s => s.Chosen).ToList();
        groups.Add(new MapPlaceGroup("chosen", "#d84315", 8, [.. chosen.Select(s => (s.Lon, s.Lat, (string?)$"{s.Rank}. {s.Name}"))])
        {
            Stroke = "#ffffff",
            Paths = [.. chosen.Where(s => s.Path.Count > 1).Select(s => s.Path)],
        });
        return groups;
    }

    private static string Colour(string layer) => layer switch
    {
        "existing" => "#616161",
        "competitor" => "#6a1b9a",
        "hotspot" => "#ffb300",
        "origin" => "#1565c0",
        "stop" => "#00897b",
        _ => "#90a4ae",
    };

    private IEnumerable<SitingSite> Shown(SitingResult result) =>
        result.Sites.Where(s => s.Chosen).Concat(result.Sites.Where(s => !s.Chosen)).Take(ShownRows);

    private string Change(SitingSite s)
    {
        if (_previousPreset != _run?.Result.Preset || _previousRanks.Count == 0)
            return "";
        if (!_previousRanks.TryGetValue(s.Id, out var before))
            return T.English ? "new" : "신규";
        var delta = before - s.Rank;
        return delta == 0 ? "=" : delta > 0 ? $"▲{delta}" : $"▼{-delta}";
    }

    private string MetricText(SitingMetric m)
    {
        var label = T.English ? m.LabelEn : m.LabelKo;
        string F(double v) => v.ToString(Math.Abs(v) < 10 ? "0.##" : "N0", CultureInfo.CurrentCulture);
        return m.After is { } after ? $"{label}: {F(m.Value)} → {F(after)}{m.Unit}" : $"{label}: {F(m.Value)}{m.Unit}";
    }

    private void OnTab(int index) => Go(new SitingFilter { Preset = (SitingPreset)index, From = _filter.From, To = _filter.To, Draws = _filter.Draws });

    private void Go(SitingFilter next) => Navigation.NavigateTo(DashboardUrls.Siting(next), replace: false);

    private string FileStem => $"siting-{SitingFilter.PresetKey(_filter.Preset)}";

    private async Task ExportCsv()
    {
        if (_run is { } r)
            await SaveAsync($"{FileStem}.csv", "text/csv", TableExport.ToCsv(SitingExport.Table(r.Result, FileStem)));
    }

    private async Task ExportXlsx()
    {
        if (_run is { } r)
            await SaveAsync($"{FileStem}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableExport.ToXlsx(SitingExport.Table(r.Result, FileStem)));
    }

    private async Task ExportPng()
    {
        if (_map is not null && _run is { } r)
            await _map.ExportPngAsync($"{FileStem}.png", $"{T["siting.tab." + SitingFilter.PresetKey(r.Result.Preset)]} · {r.From:yyyy-MM-dd}–{r.To:yyyy-MM-dd}");
    }

    private async Task SaveAsync(string name, string type, byte[] bytes)
    {
        _download ??= new DownloadInterop(JS);
        await _download.SaveAsync(name, type, bytes);
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _cts?.Cancel();
        _cts?.Dispose();
        _ = _download?.DisposeAsync();
    }
}
