using System.Diagnostics;
using System.Globalization;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --deck</c>: the briefing deck (title, headline and district charts, visitors' hotspots, a retail siting
/// slide, caveats) written by the <c>deck</c> verb as a user runs it, whole process, on a store: --db, or two simulated
/// days of the full synthetic city (setup, not timed). Target: a 7-slide deck in ≤ 3 s; the PDF of the same deck too.
/// </summary>
internal static class DeckBench
{
    public static async Task<int> RunAsync(string dir, string? db, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var dbPath = db ?? Path.Combine(dir, "deck.db");
        if (db is null)
        {
            var setup = Stopwatch.StartNew();
            var sim = await PeerBench.RunOursAsync(["simulate", "--from", "2017-12-19", "--to", "2017-12-20", "--db", dbPath], ct);
            if (sim.Exit != 0)
            {
                Console.Error.WriteLine($"simulate failed ({sim.Exit}): {sim.Output}");
                return 1;
            }
            Console.WriteLine(string.Create(inv, $"setup: two days of the full synthetic city simulated in {setup.Elapsed.TotalSeconds:F0} s"));
        }
        var file = Path.Combine(dir, "deck.pptx");
        var pdf = Path.Combine(dir, "deck.pdf");
        foreach (var (label, args) in new[]
        {
            ("without siting", (string[])["deck", "--out", file, "--db", dbPath]),
            ("with a retail siting slide (10 draws)", ["deck", "--out", file, "--siting", "retail", "--db", dbPath]),
            ("PDF, with a retail siting slide (10 draws)", ["deck", "--out", pdf, "--siting", "retail", "--db", dbPath]),
        })
        {
            var sw = Stopwatch.StartNew();
            var run = await PeerBench.RunOursAsync(args, ct);
            if (run.Exit != 0)
            {
                Console.Error.WriteLine($"deck failed ({run.Exit}): {run.Output}");
                return 1;
            }
            Console.WriteLine(string.Create(inv, $"deck, {label}, whole process: {sw.Elapsed.TotalSeconds:F1} s (target ≤ 3 s) — {run.Output.Trim()}"));
        }
        return 0;
    }
}
