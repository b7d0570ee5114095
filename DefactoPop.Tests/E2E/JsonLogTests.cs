using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefactoPop.Web.Hosting;

namespace DefactoPop.Tests.E2E;

/// <summary>The served app in its own process, as deployed: JSON console lines, the error's line carrying the page's correlation id.</summary>
public sealed partial class JsonLogTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "defactopop-jsonlog-" + Guid.NewGuid().ToString("N"));

    public JsonLogTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Serve_Default_LogsJsonLinesAndTheErrorLineCarriesThePageCorrelationId()
    {
        // Arrange: the server over a fresh store, with a corrupt release manifest to make an endpoint throw.
        var day = Path.Combine(_dir, "releases", "20171220");
        Directory.CreateDirectory(day);
        File.WriteAllText(Path.Combine(day, "release.json"), "not json");
        var lines = new BlockingLines();
        using var server = Start(lines, "--db", Path.Combine(_dir, "store.db"), "--urls", "http://127.0.0.1:0", "--Data:SeedOnStart=false");
        try
        {
            var listening = lines.WaitFor(l => l.Contains("Now listening on", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            using var started = JsonDocument.Parse(listening);
            var address = started.RootElement.GetProperty("State").GetProperty("address").GetString()!;
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            // Act
            var html = await (await http.GetAsync("/releases/20171220/x.csv")).Content.ReadAsStringAsync();
            var id = IdOnPage().Match(html).Groups[1].Value;
            var errorLine = lines.WaitFor(l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

            // Assert: one JSON object per line; the error's scopes hold the id the user was shown; no trace on the page.
            Assert.Matches("^[0-9a-f]{32}$", id);
            using var error = JsonDocument.Parse(errorLine);
            var scopes = error.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
            Assert.Contains(scopes, s => s.TryGetProperty("CorrelationId", out var c) && c.GetString() == id);
            Assert.Contains("JsonException", error.RootElement.GetProperty("Exception").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("JsonException", html, StringComparison.Ordinal);
            Assert.Contains("문제가 발생했습니다", html, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static Process Start(BlockingLines lines, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DefactoPop.Web.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => lines.Add(e.Data);
        process.ErrorDataReceived += (_, e) => lines.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [GeneratedRegex("id=\"correlation-id\">([^<]+)<")]
    private static partial Regex IdOnPage();

    /// <summary>The child's output lines, waited on by predicate.</summary>
    private sealed class BlockingLines
    {
        private readonly List<string> _lines = [];

        public void Add(string? line)
        {
            if (line is null)
                return;
            lock (_lines)
            {
                _lines.Add(line);
                Monitor.PulseAll(_lines);
            }
        }

        public string WaitFor(Func<string, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (_lines)
            {
                while (true)
                {
                    if (_lines.FirstOrDefault(match) is { } found)
                        return found;
                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero || !Monitor.Wait(_lines, left))
                        Assert.Fail("not seen in the server's output:\n" + string.Join("\n", _lines));
                }
            }
        }
    }
}
