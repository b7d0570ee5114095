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
    private const int Runs = 3;

    public static async Task<int> RunAsync(string dir, string? db, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        if (await PeerBench.TwoDayStoreAsync(dir, db, "deck.db", ct) is not { } dbPath)
            return 1;
        var file = Path.Combine(dir, "deck.pptx");
        var pdf = Path.Combine(dir, "deck.pdf");
        foreach (var (label, args) in new[]
        {
            ("without siting", (string[])["deck", "--out", file, "--db", dbPath]),
            ("with a retail siting slide (10 draws)", ["deck", "--out", file, "--siting", "retail", "--db", dbPath]),
            ("PDF, with a retail siting slide (10 draws)", ["deck", "--out", pdf, "--siting", "retail", "--db", dbPath]),
        })
        {
            // Three runs each: the median is the figure, the spread shows the noise of a shared box.
            var times = new List<double>();
            var output = "";
            for (var i = 0; i < Runs; i++)
            {
                var sw = Stopwatch.StartNew();
                var run = await PeerBench.RunOursAsync(args, ct);
                if (run.Exit != 0)
                {
                    Console.Error.WriteLine($"deck failed ({run.Exit}): {run.Output}");
                    return 1;
                }
                times.Add(sw.Elapsed.TotalSeconds);
                output = run.Output.Trim();
            }
            times.Sort();
            Console.WriteLine(string.Create(inv,
                $"deck, {label}, whole process: median {times[Runs / 2]:F1} s of {Runs} ({string.Join(" / ", times.Select(t => t.ToString("F1", inv)))}) (target ≤ 3 s) — {output}"));
        }
        return 0;
    }
}
