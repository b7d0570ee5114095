using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --estimate</c>: synthetic Seoul at full size, through the files. Setup (not timed): the scenario's
/// drops for 2017-12-18 … 12-20 and the city folder are written, and the two earlier nights are read as a running
/// series would have them. Timed: 12-20 from its drop (read and validate, P* cached, allocation, expansion, intervals)
/// and stored at every level in one transaction; then single hours.
/// </summary>
internal static class EstimateBench
{
    private static readonly DateOnly[] s_days = [new(2017, 12, 18), new(2017, 12, 19), new(2017, 12, 20)];

    public static async Task<int> RunAsync(string dir, string dbPath, int seed, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var sw = Stopwatch.StartNew();
        var folders = new ScenarioFolders(Path.Combine(dir, "scenario"));
        var city = SyntheticCityBuilder.Build(seed);
        var plan = NetworkPlan.Generate(city, seed);
        var options = new SimulationOptions { Seed = seed };
        var validFrom = new DateOnly(2017, 1, 1);
        ScenarioEmitter.WriteReference(folders, plan, city, options.Observation, seed, validFrom);
        ScenarioEmitter.WriteCity(folders, city, seed);
        var cellPlan = OperatorEmitter.CellPlanOf(plan, validFrom);
        foreach (var day in s_days)
            ScenarioEmitter.WriteDay(folders, city, plan, cellPlan, slot => MovementModel.Generate(city, slot), options.Observation, seed, day);
        Console.WriteLine(string.Create(inv, $"estimate bench: {city.OaCount:N0} 집계구, {plan.CellCount:N0} cells; scenario files written in {sw.Elapsed.TotalSeconds:F1} s (setup)"));

        await using var services = CliServices.Build(dbPath, internalView: true);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(ct);
        var database = services.GetRequiredService<StoreDatabase>();
        var catalogs = services.GetRequiredService<ZoneCatalogCache>();
        sw.Restart();
        var frame = CityFrameBuilder.From(CityFolder.Read(folders.City));
        var readPlan = ReferenceReader.ReadCellPlan(Path.Combine(folders.Reference, ContractFormat.CellPlanFile));
        await CityCatalog.EnsureAsync(database, catalogs, frame, ct);
        var series = new DropSeries(folders.Drops, readPlan, frame);
        foreach (var night in s_days[..^1])
            series.Estimate(night);
        Console.WriteLine(string.Create(inv, $"city folder, catalogue, P* and the two earlier nights: {sw.Elapsed.TotalSeconds:F1} s (setup of a running series)"));

        var sizeBefore = await StoreSizeAsync(database, dbPath, ct);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var estimate = series.Estimate(s_days[^1]);
        var estimated = sw.Elapsed;
        await EstimateWriter.StoreDayAsync(database, catalogs, frame, estimate.Hours!, DateTimeOffset.UtcNow, ct);
        var total = sw.Elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(inv,
            $"one day from its drop: {total.TotalSeconds:F1} s wall (read + estimate {estimated.TotalSeconds:F1} s, store every level {(total - estimated).TotalSeconds:F1} s), CPU {cpuSeconds:F1} s (target ≤ 20 s)"));
        var dayBytes = await StoreSizeAsync(database, dbPath, ct) - sizeBefore;
        Console.WriteLine(string.Create(inv,
            $"store: one estimated day (every level, intervals) adds {dayBytes / 1e6:F1} MB = {dayBytes / (city.OaCount * 24.0):F1} bytes per 집계구-hour; a 92-day quarter extrapolates to {(sizeBefore + 92.0 * dayBytes) / 1e9:F2} GB (target ≤ 2.5 GB)"));

        var drop = DropReader.Read(DropWriter.DayFolder(folders.Drops, s_days[^1]), readPlan).GetDropOrThrow();
        var view = EstimatorCoverage.Build(drop.Cells, frame);
        var calibration = Calibration.Build(frame, [.. s_days[..^1].Select(d => HourAllocator.Allocate(frame, view, DropReader.Read(DropWriter.DayFolder(folders.Drops, d), readPlan).GetDropOrThrow().Hours[4]))]);
        var hours = new List<double>();
        for (var h = 0; h < 6; h++)
        {
            sw.Restart();
            EstimationPipeline.EstimateHour(frame, view, calibration, drop.Hours[(h * 5) % 24]);
            hours.Add(sw.Elapsed.TotalSeconds);
        }
        hours.Sort();
        Console.WriteLine(string.Create(inv, $"one hour: median {hours[hours.Count / 2]:F2} s, max {hours[^1]:F2} s over {hours.Count} hours (target ≤ 1 s)"));
        Console.WriteLine(string.Create(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB, including the setup's city and truth (target ≤ 1,000 MB; `estimate` alone: time -v)"));
        return 0;
    }

    /// <summary>The store file's size once the write-ahead log is folded in.</summary>
    private static async Task<long> StoreSizeAsync(StoreDatabase database, string dbPath, CancellationToken ct)
    {
        await using (var connection = await database.OpenAsync(ct))
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return new FileInfo(dbPath).Length;
    }
}
