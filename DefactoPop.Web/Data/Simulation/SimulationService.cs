using System.Globalization;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Reference;
using DefactoPop.Core.Storage;
using DefactoPop.Core.Synthetic;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Simulation;

/// <summary>
/// Runs the synthetic scenario end to end: city → what KT would observe → estimates → store (all levels, roll-ups).
/// Each day is one transaction, so a stopped run keeps the days it finished and can resume.
/// </summary>
public sealed class SimulationService(StoreDatabase database, ZoneCatalogCache catalogs, TimeProvider time) : ISimulationProgress
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
            Report(new SimulationProgress(0, days.Count, "city"), progress);
            var city = request.City ?? SyntheticCityBuilder.Build(request.Seed);
            await WriteCatalogAsync(city, request, ct);

            Report(new SimulationProgress(0, days.Count, "calibration"), progress);
            var options = new SimulationOptions { Seed = request.Seed, TruthIsThreadSafe = true };
            var plan = NetworkPlan.Generate(city, request.Seed);
            var frame = CityHandover.FrameOf(city);
            var view = SimulatedEstimation.ViewOf(plan, frame);
            Func<HourSlot, TruthHour> truth = slot => MovementModel.Generate(city, slot);
            var nights = EstimationPipeline.CalibrationNights(request.From, request.To, options.CalibrationNights);
            var calibration = SimulatedEstimation.Calibrate(city, plan, frame, view, nights, truth, options);

            var done = await DaysStoredAsync(days, ct);
            var finished = done.Count;
            foreach (var day in days.Where(d => !done.Contains(d)))
            {
                ct.ThrowIfCancellationRequested();
                Report(new SimulationProgress(finished, days.Count, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), progress);
                var estimates = SimulatedEstimation.EstimateDay(city, plan, frame, view, calibration, day, truth, options);
                await StoreDayAsync(frame, estimates, ct);
                finished++;
            }
            await MetaStore.SetAsync(database, MetaKeys.SimulationProgress, $"{finished}/{days.Count}", ct);
            Report(new SimulationProgress(finished, days.Count, "done"), progress);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Report(SimulationProgress p, IProgress<SimulationProgress>? progress)
    {
        Current = p;
        progress?.Report(p);
        ProgressChanged?.Invoke(p);
    }

    /// <summary>Writes one day's estimates (all classes merged per 집계구-hour), rolls up and records progress.</summary>
    private async Task StoreDayAsync(CityFrame city, IReadOnlyList<EstimateHour> estimates, CancellationToken ct)
    {
        var catalog = await catalogs.GetAsync(ct);
        var ids = city.Oas.Select(z => catalog.IdOf(z.Code) ?? throw new InvalidOperationException($"집계구 {z.Code} missing from the catalogue")).ToArray();
        var position = city.Oas.Select((z, j) => (z.Code, j)).ToDictionary(x => x.Code, x => x.j, StringComparer.Ordinal);
        var cells = city.Oas.Select(_ => new CellValues()).ToArray();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var hours = new List<int>();
        using (var writer = new CellWriter(connection, transaction))
        {
            foreach (var estimate in estimates)
            {
                hours.Add(estimate.Slot.Ordinal);
                foreach (var cell in cells)
                    cell.Clear();
                // Each row fills its class's section of its zone's cell, whatever order the rows come in.
                foreach (var row in PopulationRows.FromEstimate(city, estimate))
                    cells[position[row.ZoneCode]].Set(row);
                for (var j = 0; j < cells.Length; j++)
                {
                    if (j < estimate.Spread.Length)
                        cells[j].SetSpread(estimate.Spread[j]);
                    if (cells[j].Has != CellSections.None)
                        writer.Upsert(CellKeys.Of(estimate.Slot, ids[j]), cells[j]);
                }
            }
        }
        Rollup.Run(connection, transaction, catalog, hours);
        MetaStore.Set(connection, transaction, MetaKeys.UpdatedAt, time.GetUtcNow());
        await transaction.CommitAsync(ct);
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
    private async Task WriteCatalogAsync(SyntheticCity city, SimulationRequest request, CancellationToken ct)
    {
        var scenario = JsonSerializer.Serialize(new { name = "synthetic Seoul", seed = request.Seed, from = request.From, to = request.To });
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
        await InsertRegisteredAsync(db, transaction, Register(city, ids), ct);
        await db.SaveChangesAsync(ct);
        await MetaStore.SetAsync(db, MetaKeys.Scenario, scenario, ct);
        await MetaStore.SetAsync(db, MetaKeys.Source, "synthetic", ct);
        await MetaStore.SetAsync(db, MetaKeys.Method, "EM allocation + C3 Beta-negative-binomial expansion", ct);
        await transaction.CommitAsync(ct);
        catalogs.Invalidate();
    }

    /// <summary>
    /// Registered population at every level: totals (Korean + foreign), Korean residents by stratum (group 1 and,
    /// as the strata of "all", group 0) and registered foreigners (group 2); summed by <see cref="RegisterRows.Sum"/>.
    /// </summary>
    internal static IEnumerable<RegisteredEntity> Register(SyntheticCity city, IReadOnlyDictionary<string, int> ids) =>
        RegisterRows.Sum(RegisterRecords(city), ids, out _);

    /// <summary>The synthetic register as records of every 집계구 and of the dong, 자치구 and city it lies in.</summary>
    private static IEnumerable<RegisteredRecord> RegisterRecords(SyntheticCity city)
    {
        for (var j = 0; j < city.OaCount; j++)
        {
            var dong = city.Dongs[city.OaDong[j]];
            var gu = city.Districts[city.DongDistrict[city.OaDong[j]]];
            (string Code, ZoneLevel Level)[] zones = [(city.Oas[j].Code, ZoneLevel.Oa), (dong.Code, ZoneLevel.Dong), (gu.Code, ZoneLevel.Gu), (ZoneCodes.City, ZoneLevel.City)];
            double korean = 0;
            for (var s = 0; s < Strata.Count; s++)
            {
                var v = city.RegisteredDomestic[j * Strata.Count + s];
                korean += v;
                foreach (var (code, level) in zones)
                {
                    yield return new RegisteredRecord(code, level, Strata.SexOf(s), Strata.BandOf(s), RegisteredGroup.All, v);
                    yield return new RegisteredRecord(code, level, Strata.SexOf(s), Strata.BandOf(s), RegisteredGroup.Korean, v);
                }
            }
            var foreign = city.RegisteredForeign[j * 2] + city.RegisteredForeign[j * 2 + 1];
            foreach (var (code, level) in zones)
            {
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.All, korean + foreign);
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.Korean, korean);
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.Foreign, foreign);
            }
        }
    }

    /// <summary>Bulk insert of the register rows (~1.16M on the full city) with one prepared command; EF change tracking of them cost 70 s and 2 GB.</summary>
    private static async Task InsertRegisteredAsync(DefactoPopDbContext db, IDbContextTransaction transaction, IEnumerable<RegisteredEntity> rows, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
        cmd.CommandText = "INSERT INTO Registered(ZoneId, Sex, Band, \"Group\", Persons) VALUES ($z, $s, $b, $g, $p)";
        var z = cmd.Parameters.Add("$z", SqliteType.Integer);
        var s = cmd.Parameters.Add("$s", SqliteType.Integer);
        var b = cmd.Parameters.Add("$b", SqliteType.Integer);
        var g = cmd.Parameters.Add("$g", SqliteType.Integer);
        var p = cmd.Parameters.Add("$p", SqliteType.Real);
        cmd.Prepare();
        foreach (var r in rows)
        {
            z.Value = r.ZoneId;
            s.Value = r.Sex;
            b.Value = r.Band;
            g.Value = r.Group;
            p.Value = r.Persons;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
