using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DefactoPop.Web.Api;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --api</c>: a bounded load test of the open-data API on loopback. Setup (not timed): a store with figures
/// (--db, or one simulated day of the full city), a key, and the dashboard started as a user starts it. Then requests
/// at a fixed rate (default 200/s for 60 s), each timed from when it was due, so a slow server cannot hide its queue.
/// </summary>
internal static class ApiLoadBench
{
    public static async Task<int> RunAsync(string dir, string? db, int rate, int seconds, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var dbPath = db ?? Path.Combine(dir, "api.db");
        if (db is null)
        {
            var sim = await PeerBench.RunOursAsync(["simulate", "--from", "2017-12-20", "--to", "2017-12-20", "--db", dbPath], ct);
            if (sim.Exit != 0)
            {
                Console.Error.WriteLine($"simulate failed ({sim.Exit}): {sim.Output}");
                return 1;
            }
        }
        var issued = await PeerBench.RunOursAsync(["api-key", "add", "bench-" + Environment.ProcessId.ToString(inv), "--db", dbPath], ct);
        var key = issued.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.Length == 30);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port.ToString(inv)}";
        using var server = StartServer(baseUrl, dbPath);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
            if (!await WaitReadyAsync(http, ct))
            {
                Console.Error.WriteLine("the dashboard did not start");
                return 1;
            }
            var first = await http.GetStringAsync($"/{key}/json/{SeoulApiServices.DongDomestic}/1/1", ct);
            var day = first.Split("\"STDR_DE_ID\":\"")[1][..8];
            Console.WriteLine(string.Create(inv, $"api bench: {baseUrl}, store {dbPath}, data date {day}; {rate} requests/s for {seconds} s on {Environment.ProcessorCount} cores"));
            var paths = Paths(key, day);
            var n = rate * seconds;
            var latencies = new double[n];
            var errors = 0;
            var clock = Stopwatch.StartNew();
            var tasks = new List<Task>(n);
            for (var i = 0; i < n; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, ct);
                var index = i;
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        var body = await http.GetStringAsync(paths[index % paths.Length], ct);
                        if (!body.Contains("INFO-000", StringComparison.Ordinal))
                            Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                }, ct));
            }
            await Task.WhenAll(tasks);
            var wall = clock.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            double P(double q) => latencies[Math.Min(n - 1, (int)(q * n))];
            Console.WriteLine(string.Create(inv,
                $"{n:N0} requests in {wall:F1} s ({n / wall:F0}/s): p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {latencies[^1]:F1} ms; errors {errors} (target p95 ≤ 50 ms, no errors)"));
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A mix of what clients ask: pages of 100 행정동 rows at every hour, single districts, foreigners, the daily summary.</summary>
    private static string[] Paths(string key, string day)
    {
        var paths = new List<string>();
        for (var h = 0; h < 24; h++)
        {
            var hour = h.ToString("00", CultureInfo.InvariantCulture);
            paths.Add($"/{key}/json/{SeoulApiServices.DongDomestic}/1/100/{day}/{hour}");
            paths.Add($"/{key}/json/{SeoulApiServices.DongDomestic}/301/400/{day}/{hour}");
            paths.Add($"/{key}/xml/{SeoulApiServices.GuDomestic}/1/25/{day}/{hour}");
            paths.Add($"/{key}/json/{SeoulApiServices.DongLongTerm}/1/100/{day}/{hour}");
            paths.Add($"/{key}/json/{SeoulApiServices.DongShortTerm}/101/200/{day}/{hour}");
        }
        paths.Add($"/{key}/json/{SeoulApiServices.GuDailySum}/1/25/{day}");
        return [.. paths];
    }

    internal static Process StartServer(string baseUrl, string dbPath)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (viaDotnet)
            info.ArgumentList.Add(typeof(ApiLoadBench).Assembly.Location);
        foreach (var a in new[] { "serve", "--urls", baseUrl, "--db", dbPath, "--Data:SeedOnStart=false", "--Logging:LogLevel:Default=Warning" })
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the dashboard");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task<bool> WaitReadyAsync(HttpClient http, CancellationToken ct)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync("/openapi/v1.json", ct)).StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500, ct);
        }
        return false;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
