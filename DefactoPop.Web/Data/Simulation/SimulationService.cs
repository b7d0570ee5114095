using System.Globalization;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Reference;
using DefactoPop.Core.Storage;
using DefactoPop.Core.Synthetic;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Simulation;

/// <summary>
/// Runs the synthetic scenario end to end: city → what KT would observe → estimates → store (all levels, roll-ups).
/// Each day is one transaction, so a stopped run keeps the days it finished and can resume.
/// </summary>
public sealed class SimulationService(StoreDatabase database, ZoneCatalogCache catalogs, TimeProvider time, SyntheticSitingLayers layers) : ISimulationProgress
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The latest progress of a running simulation, for the dashboard's banner.</summary>
    public SimulationProgress? Current { get; private set; }

    public event Action<SimulationProgress>? ProgressChanged;

    public async Task RunAsync(SimulationRequest request, IProgress<SimulationProgress>? progress = null, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var days = request.Days();
            // A store that already holds the whole scenario (a restart) is left as it is, and reported complete at once.
            var stored = await DaysStoredAsync(days, ct);
            if (stored.Count == days.Count && await IsThisScenarioAsync(request, ct) && await layers.AreWrittenAsync(ct))
            {
                Report(new SimulationProgress(days.Count, days.Count, "done"), progress);
                return;
            }
            Report(new SimulationProgress(stored.Count, days.Count, "city"), progress);
            var city = request.City ?? SyntheticCityBuilder.Build(request.Seed);
            var options = new SimulationOptions { Seed = request.Seed, TruthIsThreadSafe = true };
            var (frame, estimation) = SimulatedEstimation.InputsOf(city, options.Observation, request.Seed);
            options = options with { Estimation = estimation };
            // The catalogue is written while the network, P* and the first day's drop are made (the first map waits for all).
            var catalog = Task.Run(() => WriteCatalogAsync(city, frame, request, ct), ct);

            Report(new SimulationProgress(stored.Count, days.Count, "network"), progress);
            Func<HourSlot, TruthHour> truth = slot => MovementModel.Generate(city, slot);
            // The operator's side writes each day's drop; the estimator reads it back like any delivery (DropSeries:
            // P* from the cell plan, calibration on the ordinary nights before the day).
            var folders = new ScenarioFolders(ScenarioRoot(request));
            var (plan, cellPlan, series) = await Task.Run(() =>
            {
                var plan = NetworkPlan.Generate(city, request.Seed);
                var cellPlan = OperatorEmitter.CellPlanOf(plan, new DateOnly(request.From.Year, 1, 1));
                var series = new DropSeries(folders.Drops, cellPlan, frame, estimation);
                if (days.Count > 0)
                    series.Prepare(days[0]);
                return (plan, cellPlan, series);
            }, ct);
            var done = stored;
            // The first day to estimate is delivered while the catalogue is still being written.
            var first = days.FirstOrDefault(d => !done.Contains(d));
            if (first != default)
                await Task.Run(() => ScenarioEmitter.WriteDrop(folders, city, plan, cellPlan, truth, options.Observation, request.Seed, first), ct);
            await catalog;

            var finished = done.Count;
            foreach (var day in days.Where(d => !done.Contains(d)))
            {
                ct.ThrowIfCancellationRequested();
                Report(new SimulationProgress(finished, days.Count, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), progress);
                var estimate = await Task.Run(() =>
                {
                    if (day != first)
                        ScenarioEmitter.WriteDrop(folders, city, plan, cellPlan, truth, options.Observation, request.Seed, day);
                    // A series that opens on holidays (2017-10-01 is in the Chuseok break) has no ordinary night to
                    // calibrate on yet: the operator's next ordinary weeknight is delivered first (warm-up, as DropSeries marks it).
                    if (!DropReader.ListDays(folders.Drops).Any(DropSeries.IsNight))
                        ScenarioEmitter.WriteDrop(folders, city, plan, cellPlan, truth, options.Observation, request.Seed, EstimationPipeline.CalibrationNights(day, day, 1)[0]);
                    return series.Estimate(day);
                }, ct);
                if (estimate.Hours is not { } hours)
                    throw new InvalidOperationException($"The drop of {day:yyyy-MM-dd} was refused: {string.Join("; ", estimate.Issues.Take(3))}");
                await EstimateWriter.StoreDayAsync(database, catalogs, frame, hours, time.GetUtcNow(), ct);
                PruneDrops(folders.Drops, request.KeepDrops, day);
                finished++;
                // Visitors waiting for a first day reload now, not after the siting layers below.
                Report(new SimulationProgress(finished, days.Count, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " stored"), progress);
                // The city's own layers and commuter OD product for the siting workbenches, once the first day is
                // there (not before: the first map waits for nothing else).
                await layers.WriteOnceAsync(city, request.Seed, request.From, ct);
            }
            if (days.Count > 0)
                await layers.WriteOnceAsync(city, request.Seed, request.From, ct);
            await MetaStore.SetAsync(database, MetaKeys.SimulationProgress, $"{finished}/{days.Count}", ct);
            Report(new SimulationProgress(finished, days.Count, "done"), progress);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The scenario's record in the store's metadata (name, seed and days).</summary>
    public static string ScenarioKey(SimulationRequest request) =>
        JsonSerializer.Serialize(new { name = "synthetic Seoul", seed = request.Seed, from = request.From, to = request.To });

    /// <summary>
    /// Where the drops go: the request's folder, else <c>scenario-SEED</c> beside the database file, or for a
    /// PostgreSQL store in the default data folder (the same seed writes the same drops, so stores may share it).
    /// </summary>
    private string ScenarioRoot(SimulationRequest request)
    {
        if (request.ScenarioDir is { } dir)
            return dir;
        var db = database.IsPostgres
            ? DefaultDatabase.Resolve(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            : Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return Path.Combine(Path.GetDirectoryName(db) ?? ".", "scenario-" + request.Seed.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Keeps at most <paramref name="keep"/> day folders (the latest dates, and always the day just written).</summary>
    private static void PruneDrops(string dropsRoot, int keep, DateOnly written)
    {
        var days = DropReader.ListDays(dropsRoot).Where(d => d != written).OrderDescending().ToList();
        foreach (var day in days.Skip(Math.Max(0, keep - 1)))
            Directory.Delete(DropWriter.DayFolder(dropsRoot, day), recursive: true);
    }

    private void Report(SimulationProgress p, IProgress<SimulationProgress>? progress)
    {
        Current = p;
        progress?.Report(p);
        ProgressChanged?.Invoke(p);
    }

    private async Task<bool> IsThisScenarioAsync(SimulationRequest request, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        return await MetaStore.GetAsync(db, MetaKeys.Scenario, ct) == ScenarioKey(request);
    }

    /// <summary>Days of the request whose 24 city hours are already stored (a resumed run skips them).</summary>
    private async Task<HashSet<DateOnly>> DaysStoredAsync(IReadOnlyList<DateOnly> days, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var stored = await db.DailyStats.AsNoTracking().Where(d => d.ZoneId == CellKeys.CityId && d.Hours == 24).Select(d => d.Day).ToListAsync(ct);
        var set = stored.Select(PopulationReadStore.DateOf).ToHashSet();
        return days.Where(set.Contains).ToHashSet();
    }

    /// <summary>Zones with geometry, the register, and the scenario's metadata; skipped when the same scenario is already there.</summary>
    private async Task WriteCatalogAsync(SyntheticCity city, CityFrame frame, SimulationRequest request, CancellationToken ct)
    {
        var scenario = ScenarioKey(request);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var existing = await MetaStore.GetAsync(db, MetaKeys.Scenario, ct);
        if (existing is not null)
        {
            if (existing == scenario)
                return;
            throw new InvalidOperationException($"This database already holds another scenario ({existing}); use a new --db.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ZoneCatalogWriter.UpsertAsync(db, [.. city.Districts, .. city.Dongs, .. city.Oas], city.Geometry, ct);
        catalogs.Invalidate();
        var ids = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, z => z.Id, ct);
        await CityCatalog.InsertRegisteredAsync(db, transaction, CityCatalog.Register(frame, ids), ct);
        await db.SaveChangesAsync(ct);
        await MetaStore.SetAsync(db, MetaKeys.Scenario, scenario, ct);
        await MetaStore.SetAsync(db, MetaKeys.Source, "synthetic", ct);
        await MetaStore.SetAsync(db, MetaKeys.Method, "EM allocation + C3 Beta-negative-binomial expansion", ct);
        await transaction.CommitAsync(ct);
        catalogs.Invalidate();
    }
}
