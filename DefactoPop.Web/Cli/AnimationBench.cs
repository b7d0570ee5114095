using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Publication.Briefing;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --animation</c>: the 24-hour map animation written by the <c>animate</c> verb as a user runs it, whole process,
/// on a store: --db, or two simulated days of the full synthetic city (setup, not timed). Target: 24 frames in ≤ 10 s.
/// The MP4 is timed too when ffmpeg is on the PATH.
/// </summary>
internal static class AnimationBench
{
    public static async Task<int> RunAsync(string dir, string? db, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        if (await PeerBench.TwoDayStoreAsync(dir, db, "animation.db", ct) is not { } dbPath)
            return 1;
        var runs = new List<(string Label, string File)> { ("GIF", Path.Combine(dir, "animation.gif")) };
        if (FfmpegVideo.Locate() is not null)
            runs.Add(("MP4", Path.Combine(dir, "animation.mp4")));
        else
            Console.WriteLine("animation, MP4: skipped (ffmpeg is not on the PATH)");
        foreach (var (label, file) in runs)
        {
            var sw = Stopwatch.StartNew();
            var run = await PeerBench.RunOursAsync(["animate", "--out", file, "--db", dbPath], ct);
            if (run.Exit != 0)
            {
                Console.Error.WriteLine($"animate failed ({run.Exit}): {run.Output}");
                return 1;
            }
            Console.WriteLine(string.Create(inv, $"animation, 24 frames {label}, whole process: {sw.Elapsed.TotalSeconds:F1} s (target ≤ 10 s) — {run.Output.Trim()}"));
        }
        return 0;
    }
}
