using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DefactoPop.Web.Cli;

/// <summary>What one <c>bench --load</c> run measured.</summary>
/// <param name="RepaintMs">Each interaction, click → the map repainted (sorted).</param>
/// <param name="LevelRepaintMs">The level switches among them (행정동 ↔ 자치구: new geometry), sorted.</param>
/// <param name="ConfirmedMs">Each interaction, click → the circuit's own frame applied (sorted).</param>
/// <param name="RssMb">Server RSS samples: seconds since the users were all started, MB.</param>
/// <param name="AllOpenedSeconds">Seconds after the ramp when the last user's map was drawn (NaN: not all were).</param>
public sealed record LoadResult(int Users, int Opened, double AllOpenedSeconds, double HoldMinutes, double[] RepaintMs, double[] LevelRepaintMs, double[] ConfirmedMs, int Errors,
    IReadOnlyList<string> ErrorSamples, IReadOnlyList<(double Seconds, double Mb)> RssMb)
{
    public const double P95TargetMs = 300;
    public const double GrowthTarget = 0.10;

    /// <summary>
    /// Where growth is measured from: a fifth into the hold (2 minutes of 10, the start of "the last 8 minutes"), or
    /// later when users were still opening the map then (a short hold).
    /// </summary>
    public double BaselineSeconds => double.IsFinite(AllOpenedSeconds) ? Math.Max(HoldMinutes * 60 * 0.2, AllOpenedSeconds) : HoldMinutes * 60 * 0.2;

    public double BaselineMb => RssAt(BaselineSeconds);

    public double EndMb => RssMb.Count == 0 ? double.NaN : RssMb[^1].Mb;

    public double Growth => (EndMb - BaselineMb) / BaselineMb;

    public static double Quantile(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    public double RssAt(double seconds) => RssMb.Count == 0 ? double.NaN : RssMb.MinBy(s => Math.Abs(s.Seconds - seconds)).Mb;

    public IEnumerable<string> Lines()
    {
        var inv = CultureInfo.InvariantCulture;
        string Mark(bool ok) => ok ? "PASS" : "MISS";
        var p95 = Quantile(RepaintMs, 0.95);
        yield return string.Create(inv, $"users {Users} (opened the map: {Opened}), held {HoldMinutes:0.#} min after the ramp, {RepaintMs.Length:N0} interactions ({RepaintMs.Length / (HoldMinutes * 60 + LoadBench.RampSeconds):F1}/s, ramp included)");
        yield return string.Create(inv, $"click → map repainted: p50 {Quantile(RepaintMs, 0.5):F0} ms, p95 {p95:F0} ms, p99 {Quantile(RepaintMs, 0.99):F0} ms, max {(RepaintMs.Length == 0 ? double.NaN : RepaintMs[^1]):F0} ms — {Mark(p95 <= P95TargetMs)} (target p95 ≤ {P95TargetMs:0} ms)");
        yield return string.Create(inv, $"  of which level switches ({LevelRepaintMs.Length:N0}): p50 {Quantile(LevelRepaintMs, 0.5):F0} ms, p95 {Quantile(LevelRepaintMs, 0.95):F0} ms");
        yield return string.Create(inv, $"click → circuit's frame applied: p50 {Quantile(ConfirmedMs, 0.5):F0} ms, p95 {Quantile(ConfirmedMs, 0.95):F0} ms, p99 {Quantile(ConfirmedMs, 0.99):F0} ms, max {(ConfirmedMs.Length == 0 ? double.NaN : ConfirmedMs[^1]):F0} ms");
        yield return $"errors {Errors} (console errors, page errors, HTTP ≥ 400, failed requests, lost circuits, no repaint in 20 s) — {Mark(Errors == 0 && Opened == Users)} (target 0{(Opened == Users ? "" : $"; {Users - Opened} user(s) never saw the map")})";
        foreach (var sample in ErrorSamples.Take(10))
            yield return "  " + sample;
        yield return string.Create(inv, $"server RSS: {BaselineMb:F0} MB at {BaselineSeconds / 60:0.#} min, {EndMb:F0} MB at the end, growth {Growth:P1} — {Mark(Growth <= GrowthTarget)} (target ≤ {GrowthTarget:P0} over the last {HoldMinutes - BaselineSeconds / 60:0.#} min); peak {(RssMb.Count == 0 ? double.NaN : RssMb.Max(s => s.Mb)):F0} MB");
    }
}

/// <summary>
/// <c>bench --load</c>: a bounded load test of the dashboard on loopback. Setup (not timed): a store (--db, or one
/// simulated day of the full synthetic city) and the dashboard started as a user starts it. Then N users, Playwright
/// pages in one headless Chromium (.ci/load/dashboard-load.mjs on the Node Playwright package that the .NET Playwright
/// driver ships), ramped in over 30 s and held for --minutes: each opens /map at the 행정동 level and steps the hour or
/// switches the level every 2–5 s. The server's RSS is sampled every 5 s from /proc.
/// </summary>
internal static class LoadBench
{
    public const double RampSeconds = 30;

    public static async Task<int> RunAsync(string dir, string? db, int users, double minutes, CancellationToken ct)
    {
        var result = await MeasureAsync(dir, db, users, minutes, Console.Out, ct);
        if (result is null)
            return 1;
        foreach (var line in result.Lines())
            Console.WriteLine(line);
        return 0;
    }

    /// <summary>Runs the load; null (with the reason on standard error) when the setup failed.</summary>
    public static async Task<LoadResult?> MeasureAsync(string dir, string? db, int users, double minutes, TextWriter log, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var (node, playwright) = PlaywrightForNode();
        var script = ScriptPath();
        if (playwright is null || script is null)
        {
            Console.Error.WriteLine("bench --load needs .ci/load/dashboard-load.mjs and the Playwright package the tests' build ships (DefactoPop.Tests/bin/*/net10.0/.playwright; build DefactoPop.Tests, or set DEFACTOPOP_PLAYWRIGHT to a .playwright folder).");
            return null;
        }
        var dbPath = db ?? Path.Combine(dir, "load.db");
        if (db is null)
        {
            var setup = Stopwatch.StartNew();
            var sim = await PeerBench.RunOursAsync(["simulate", "--from", "2017-12-20", "--to", "2017-12-20", "--db", dbPath], ct);
            if (sim.Exit != 0)
            {
                Console.Error.WriteLine($"simulate failed ({sim.Exit}): {sim.Output}");
                return null;
            }
            log.WriteLine(string.Create(inv, $"setup: one day of the full synthetic city simulated in {setup.Elapsed.TotalSeconds:F0} s ({dbPath})"));
        }
        var baseUrl = $"http://127.0.0.1:{ApiLoadBench.FreePort().ToString(inv)}";
        using var server = ApiLoadBench.StartServer(baseUrl, dbPath);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
            if (!await ApiLoadBench.WaitReadyAsync(http, ct))
            {
                Console.Error.WriteLine("the dashboard did not start");
                return null;
            }
            var load = Environment.ProcessorCount + " cores, load average " + LoadAverage();
            log.WriteLine(string.Create(inv, $"load bench: {baseUrl}, store {dbPath}; {users} users, ramp {RampSeconds:0} s, hold {minutes:0.#} min; {load}"));
            var samples = new List<(double, double)>();
            var clock = Stopwatch.StartNew();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var sampler = SampleRssAsync(server.Id, clock, samples, stop.Token);
            var config = JsonSerializer.Serialize(new
            {
                baseUrl, users, seconds = minutes * 60, seed = 13, chromium = "/usr/bin/chromium", playwright, rampSeconds = RampSeconds,
            });
            var run = await RunDriverAsync(node, script, config, log, ct);
            await stop.CancelAsync();
            await sampler;
            log.WriteLine("load average at the end: " + LoadAverage());
            if (run is not { } r)
                return null;
            double[] Sorted(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble()).Order()];
            var allOpened = r.GetProperty("allOpenedAt") is { ValueKind: JsonValueKind.Number } at ? at.GetDouble() : double.NaN;
            return new LoadResult(users, r.GetProperty("opened").GetInt32(), allOpened, minutes, Sorted(r.GetProperty("painted")), Sorted(r.GetProperty("levelPainted")),
                Sorted(r.GetProperty("confirmed")),
                r.GetProperty("errorCount").GetInt32(), [.. r.GetProperty("errors").EnumerateArray().Select(x => x.GetString() ?? "")], samples);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<JsonElement?> RunDriverAsync(string node, string script, string config, TextWriter log, CancellationToken ct)
    {
        var info = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(config);
        using var driver = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        var errors = driver.StandardError.ReadToEndAsync(ct);
        JsonElement? result = null;
        while (await driver.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("result ", StringComparison.Ordinal))
                result = JsonDocument.Parse(line["result ".Length..]).RootElement.Clone();
            else
                log.WriteLine("  " + line);
        }
        await driver.WaitForExitAsync(ct);
        if (result is null)
            Console.Error.WriteLine($"the load driver failed (exit {driver.ExitCode}): {await errors}");
        return result;
    }

    /// <summary>VmRSS of the server every 5 s, timed from the end of the ramp (negative during it).</summary>
    private static async Task SampleRssAsync(int pid, Stopwatch clock, List<(double, double)> samples, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (RssMb(pid) is { } mb)
                    lock (samples)
                        samples.Add((clock.Elapsed.TotalSeconds - RampSeconds, mb));
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static double? RssMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>.ci/load/dashboard-load.mjs above the working directory or the executable.</summary>
    private static string? ScriptPath() => Above(Path.Combine(".ci", "load", "dashboard-load.mjs"), File.Exists);

    /// <summary>
    /// The Node binary and playwright-core package of the .NET Playwright driver: $DEFACTOPOP_PLAYWRIGHT, the .playwright
    /// folder beside the executable (the tests' output), or DefactoPop.Tests/bin/{Release,Debug}/net10.0/.playwright above.
    /// </summary>
    private static (string Node, string? Package) PlaywrightForNode()
    {
        var folder = Environment.GetEnvironmentVariable("DEFACTOPOP_PLAYWRIGHT") is { Length: > 0 } env ? env
            : Directory.Exists(Path.Combine(AppContext.BaseDirectory, ".playwright")) ? Path.Combine(AppContext.BaseDirectory, ".playwright")
            : Above(Path.Combine("DefactoPop.Tests", "bin", "Release", "net10.0", ".playwright"), Directory.Exists)
              ?? Above(Path.Combine("DefactoPop.Tests", "bin", "Debug", "net10.0", ".playwright"), Directory.Exists);
        if (folder is null || !File.Exists(Path.Combine(folder, "package", "index.js")))
            return ("node", null);
        var node = Path.Combine(folder, "node", "linux-x64", "node");
        return (File.Exists(node) ? node : "node", Path.Combine(folder, "package"));
    }

    private static string? Above(string relative, Func<string, bool> exists)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, relative);
                if (exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
