using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DefactoPop.Tests.E2E;

/// <summary>GET /healthz and the Korean-first error page, on the real app over a fresh temporary store.</summary>
public sealed partial class OperationsEndpointTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "defactopop-ops-" + Guid.NewGuid().ToString("N"));

    public OperationsEndpointTests() => Directory.CreateDirectory(_dir);

    private string DbPath => Path.Combine(_dir, "store.db");

    private string ReleasesRoot => Path.Combine(_dir, "releases");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public async Task Healthz_FreshStore_Returns200WithReachableSqliteAndNoRelease()
    {
        await using var app = DashboardAppFactory.ForDatabase(DbPath);
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };

        var response = await http.GetAsync(OperationsExtensions.HealthPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.Equal("sqlite", body.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("lastRelease").ValueKind);
    }

    [Fact]
    public async Task Healthz_StoreFileRemoved_Returns503Unreachable()
    {
        await using var app = DashboardAppFactory.ForDatabase(DbPath);
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(OperationsExtensions.HealthPath)).StatusCode);

        foreach (var file in new[] { DbPath, DbPath + "-wal", DbPath + "-shm" })
            File.Delete(file);
        var response = await http.GetAsync(OperationsExtensions.HealthPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unavailable", body.RootElement.GetProperty("status").GetString());
        Assert.False(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Healthz_PublishedDays_ReportsTheNewestDayAndItsAge()
    {
        foreach (var (day, published) in new[] { (new DateOnly(2017, 12, 19), DateTimeOffset.UtcNow.AddHours(-30)), (new DateOnly(2017, 12, 20), DateTimeOffset.UtcNow.AddHours(-6)) })
        {
            var folder = new DefactoPop.Core.Publication.Release.ReleaseFolders(ReleasesRoot).Day(day);
            Directory.CreateDirectory(folder);
            var manifest = new DefactoPop.Core.Publication.Release.ReleaseManifest(day, 1, "test", "00", published, published, 0, 0, 3, "utf-8", [],
                new DefactoPop.Core.Publication.Release.ReleaseAuditSummary(0, null, 0, 0), 0, 0);
            File.WriteAllBytes(Path.Combine(folder, "release.json"), manifest.ToJson());
        }
        await using var app = DashboardAppFactory.ForDatabase(DbPath, new Dictionary<string, string> { ["Releases:Root"] = ReleasesRoot });
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };

        using var body = JsonDocument.Parse(await http.GetStringAsync(OperationsExtensions.HealthPath));

        var last = body.RootElement.GetProperty("lastRelease");
        Assert.Equal("2017-12-20", last.GetProperty("date").GetString());
        Assert.InRange(last.GetProperty("ageHours").GetDouble(), 5.9, 6.5);
    }

    [Fact]
    public async Task ErrorPage_EndpointThrows_ShowsKoreanFirstPageWithTheLoggedCorrelationId()
    {
        // Arrange: a corrupt release manifest makes GET /releases/{date}/{file} throw.
        WriteCorruptManifest();
        var logs = new TestLoggerProvider();
        await using var app = DashboardAppFactory.ForDatabase(DbPath, new Dictionary<string, string> { ["Releases:Root"] = ReleasesRoot },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };

        // Act
        var response = await http.GetAsync("/releases/20171220/x.csv");
        var html = await response.Content.ReadAsStringAsync();

        // Assert: Korean before English, the id on the page, in the header and in the error's log entry (message and scope).
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(html.IndexOf("문제가 발생했습니다", StringComparison.Ordinal) < html.IndexOf("Something went wrong", StringComparison.Ordinal));
        Assert.Contains("문의 시 이 번호를 알려 주세요", html, StringComparison.Ordinal);
        var id = IdOnPage().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(id, response.Headers.GetValues(OperationsExtensions.CorrelationHeader).Single());
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Exception is JsonException);
        Assert.Contains(id, entry.Message, StringComparison.Ordinal);
        Assert.Equal(id, entry.Scopes["CorrelationId"]);
        Assert.Equal(id, entry.Scopes["TraceId"]?.ToString());
    }

    [Fact]
    public async Task ErrorPage_OutsideDevelopment_ShowsNoStackTrace()
    {
        WriteCorruptManifest();
        await using var app = DashboardAppFactory.ForDatabase(DbPath, new Dictionary<string, string> { ["Releases:Root"] = ReleasesRoot, ["environment"] = "Production" });
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };

        var html = await (await http.GetAsync("/releases/20171220/x.csv")).Content.ReadAsStringAsync();

        Assert.Contains("문제가 발생했습니다", html, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

    private void WriteCorruptManifest()
    {
        var day = Path.Combine(ReleasesRoot, "20171220");
        Directory.CreateDirectory(day);
        File.WriteAllText(Path.Combine(day, "release.json"), "not json");
    }

    [GeneratedRegex("id=\"correlation-id\">([^<]+)<")]
    private static partial Regex IdOnPage();
}
