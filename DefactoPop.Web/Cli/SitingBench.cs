using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Siting;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --siting</c>: (1) MCLP, lazy greedy plus interchange, over 19,153 demand points × 2,000 candidates (target
/// ≤ 2 s); (2) the canopy preset with 30 posterior draws, timed as a user runs <c>site</c> (whole process) on a store:
/// --db, or a simulated week of the full synthetic city (setup, not timed; the simulation writes the city's layers). Two
/// runs, each a fresh process that reads the demand again, show the spread.
/// </summary>
internal static class SitingBench
{
    public static async Task<int> RunAsync(string dir, string? db, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var mclp = SitingBenchmark.Run();
        Console.WriteLine(string.Create(inv, $"MCLP greedy + interchange: {mclp.Demand:N0} demand × {mclp.Candidates:N0} candidates, radius {mclp.Radius:N0} m, p = {mclp.P}: {mclp.ElapsedMs:N0} ms (coverage {mclp.CoverageMs:N0} + solve {mclp.SolveMs:N0}; target ≤ 2,000 ms), covered {mclp.CoveredShare:P1}"));

        var dbPath = db ?? Path.Combine(dir, "siting.db");
        if (db is null)
        {
            var setup = Stopwatch.StartNew();
            var sim = await PeerBench.RunOursAsync(["simulate", "--from", "2017-12-11", "--to", "2017-12-17", "--db", dbPath], ct);
            if (sim.Exit != 0)
            {
                Console.Error.WriteLine($"simulate failed ({sim.Exit}): {sim.Output}");
                return 1;
            }
            Console.WriteLine(string.Create(inv, $"setup: a week of the full synthetic city simulated in {setup.Elapsed.TotalSeconds:F0} s ({dbPath})"));
        }
        foreach (var label in new[] { "first run", "second run (a fresh process again)" })
        {
            var sw = Stopwatch.StartNew();
            var run = await PeerBench.RunOursAsync(["site", "--preset", "canopy", "--draws", "30", "--json", "--db", dbPath], ct);
            var seconds = sw.Elapsed.TotalSeconds;
            if (run.Exit != 0)
            {
                Console.Error.WriteLine($"site failed ({run.Exit}): {run.Output}");
                return 1;
            }
            Console.WriteLine(string.Create(inv, $"canopy preset, 30 draws, whole process, {label}: {seconds:F1} s (target ≤ 30 s)"));
        }
        return 0;
    }
}
