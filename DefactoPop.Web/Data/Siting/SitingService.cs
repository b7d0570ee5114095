using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Routing;

namespace DefactoPop.Web.Data.Siting;

/// <summary>Where a run is: reading demand, then the draws (share 0–1 of the whole run).</summary>
public sealed record SitingProgress(string Stage, double Share);

/// <summary>A finished run with what it ran on: the zone level, the period and the layers.</summary>
public sealed record SitingRunResult(SitingResult Result, ZoneLevel Level, DateOnly From, DateOnly To);

/// <summary>
/// Runs a workbench for a <see cref="SitingFilter"/> (the page and the <c>site</c> verb share it): makes sure the layers
/// are there, reads the demand it needs (kept for the next run with the same selection, so a weight change only
/// re-scores), and runs the preset over the draws off the circuit's thread.
/// </summary>
public sealed class SitingService(SitingStore store, SyntheticSitingLayers synthetic)
{
    /// <summary>Days read when no period is given: the last four weeks of data.</summary>
    public const int DefaultDays = 28;
    private const int CacheSize = 8;
    private readonly Dictionary<string, DemandAccumulator[]> _demand = [];
    private readonly LinkedList<string> _recent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<SitingRunResult> RunAsync(SitingFilter filter, IProgress<SitingProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        progress?.Report(new SitingProgress("layers", 0));
        await synthetic.EnsureAsync(ct);
        var (first, last) = await store.PeriodAsync(ct) ?? throw new InvalidOperationException("The store holds no figures yet. / 저장된 생활인구가 없습니다.");
        var to = filter.To is { } t ? (t > last ? last : t) : last;
        var from = filter.From is { } f ? (f < first ? first : f) : Max(first, to.AddDays(1 - DefaultDays));
        if (from > to)
            throw new InvalidOperationException($"The period {from:yyyy-MM-dd}…{to:yyyy-MM-dd} is empty.");
        var layers = SitingLayerSet.From(await store.PlacePointsAsync(ct));
        var run = new SitingRun(filter.Draws, filter.Seed)
        {
            Progress = progress is null ? null : new Progress<double>(p => progress.Report(new SitingProgress("draws", 0.5 + p / 2))),
            Cancellation = ct,
        };
        IProgress<double>? reading = progress is null ? null : new Progress<double>(p => progress.Report(new SitingProgress("demand", p / 2)));

        switch (filter.Preset)
        {
            case SitingPreset.Senior:
            {
                var options = filter.ToSenior();
                var level = await store.LevelAsync(ZoneLevel.Oa, ct) ?? throw NoLevel();
                var zones = await store.ZonesAsync(level, ct);
                var demand = (await DemandAsync(level, zones, [options.Demand], from, to, reading, ct))[0];
                var registered = options.Alpha < 1 ? await store.RegisteredAsync(level, zones, [AgeBand.A65To69, AgeBand.A70Plus], ct) : null;
                var inputs = new SeniorInputs(demand.ToSurface(zones), layers) { Registered = registered };
                return new(await Task.Run(() => SeniorWorkbench.Run(inputs, options, run), ct), level, from, to);
            }
            case SitingPreset.Canopy:
            {
                var options = filter.ToCanopy();
                var level = await store.LevelAsync(ZoneLevel.Oa, ct) ?? throw NoLevel();
                var zones = await store.ZonesAsync(level, ct);
                var sums = await DemandAsync(level, zones, [options.Vulnerable, options.Everyone], from, to, reading, ct);
                var inputs = new CanopyInputs(sums[0].ToSurface(zones), sums[1].ToSurface(zones), layers);
                return new(await Task.Run(() => CanopyWorkbench.Run(inputs, options, run), ct), level, from, to);
            }
            case SitingPreset.Bus:
            {
                var options = filter.ToBus();
                var dongs = await store.ZonesAsync(ZoneLevel.Dong, ct);
                var flows = await store.FlowsAsync(ct);
                if (flows.Count == 0)
                    throw new InvalidOperationException("No commuter OD product is loaded: import a 생활이동 file. / 생활이동(OD) 자료가 없습니다.");
                var inputs = new BusInputs(flows, CommuteOrigins.All, dongs, layers);
                return new(await Task.Run(() => BusWorkbench.Run(inputs, options, run), ct), ZoneLevel.Dong, from, to);
            }
            default:
            {
                var options = filter.ToRetail();
                var level = await store.LevelAsync(ZoneLevel.Dong, ct) ?? throw NoLevel();
                var zones = await store.ZonesAsync(level, ct);
                var sums = await DemandAsync(level, zones, [options.Target, options.Base], from, to, reading, ct);
                var inputs = new RetailInputs(sums[0].ToSurface(zones), sums[1].ToSurface(zones), sums[0].ByHour(), layers);
                return new(await Task.Run(() => RetailWorkbench.Run(inputs, options, run), ct), level, from, to);
            }
        }
    }

    private static InvalidOperationException NoLevel() =>
        new("No zone level has both figures and boundaries. / 경계와 생활인구가 함께 있는 단위가 없습니다.");

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private async Task<DemandAccumulator[]> DemandAsync(ZoneLevel level, IReadOnlyList<SitingZone> zones, DemandSelection[] selections,
        DateOnly from, DateOnly to, IProgress<double>? progress, CancellationToken ct)
    {
        var key = JsonSerializer.Serialize(new { level, from, to, zones = zones.Count, selections });
        await _gate.WaitAsync(ct);
        try
        {
            if (_demand.TryGetValue(key, out var cached))
            {
                progress?.Report(1);
                return cached;
            }
            var sums = await store.ReadDemandAsync(level, zones, selections, from, to, progress, ct);
            _demand[key] = sums;
            _recent.AddFirst(key);
            while (_recent.Count > CacheSize)
            {
                _demand.Remove(_recent.Last!.Value);
                _recent.RemoveLast();
            }
            return sums;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the kept demand (after an import changed the figures).</summary>
    public void Clear()
    {
        _gate.Wait();
        try
        {
            _demand.Clear();
            _recent.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }
}
