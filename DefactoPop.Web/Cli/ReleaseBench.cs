using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --release</c>: synthetic Seoul at full size. Setup (not timed): the scenario's city folder, reference and the
/// drops of 2017-12-18 and 12-19, released by a first run of the verb. Timed: the drop of 12-20 is delivered (manifest
/// last), and the <c>release</c> verb runs as a user runs it, whole process, until that day's folder is published. The
/// manifest gives the attacker's share.
/// </summary>
internal static class ReleaseBench
{
    private static readonly DateOnly[] s_days = [new(2017, 12, 18), new(2017, 12, 19), new(2017, 12, 20)];

    public static async Task<int> RunAsync(string dir, int seed, CancellationToken ct)
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
        void Deliver(DateOnly day) =>
            ScenarioEmitter.WriteDay(folders, city, plan, cellPlan, slot => MovementModel.Generate(city, slot), options.Observation, seed, day);
        foreach (var day in s_days[..^1])
            Deliver(day);
        var outDir = Path.Combine(dir, "released");
        var first = await PeerBench.RunOursAsync(["release", "--inbox", folders.Drops, "--city", folders.City, "--out", outDir], ct);
        Console.WriteLine(string.Create(inv, $"release bench: {city.OaCount:N0} 집계구; two earlier days delivered and released in {sw.Elapsed.TotalSeconds:F0} s (setup, exit {first.Exit})"));

        Deliver(s_days[^1]);
        var delivered = DateTimeOffset.UtcNow;
        sw.Restart();
        var run = await PeerBench.RunOursAsync(["release", "--inbox", folders.Drops, "--city", folders.City, "--out", outDir], ct);
        var wall = sw.Elapsed.TotalSeconds;
        var manifest = ReleaseManifest.TryRead(new ReleaseFolders(outDir).Day(s_days[^1]));
        if (run.Exit != 0 || manifest is null)
        {
            Console.Error.WriteLine($"release failed ({run.Exit}): {run.Output}");
            return 1;
        }
        Console.WriteLine(string.Create(inv,
            $"one full day, drop complete → published, whole process: {wall:F1} s wall (target ≤ 120 s on {Environment.ProcessorCount} cores); in-process {manifest.ProcessingSeconds:F1} s"));
        Console.WriteLine(string.Create(inv,
            $"attacker over the release: {manifest.Audit.Seconds:F1} s, {manifest.Audit.CellsChecked:N0} suppressed cells, narrowest interval {manifest.Audit.NarrowestWidth:0.##} persons, {manifest.Audit.Violations} violations"));
        Console.WriteLine(string.Create(inv,
            $"masked share {manifest.MaskedShare:P1} of published cells; files: {string.Join(", ", manifest.Files.Select(f => $"{f.Name} ({f.Rows:N0})"))}"));
        Console.WriteLine(string.Create(inv, $"lag from the drop's delivery to release.json: {(manifest.PublishedAt - delivered).TotalSeconds:F1} s"));
        return 0;
    }
}
