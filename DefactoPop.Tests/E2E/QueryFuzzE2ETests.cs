using System.Net;
using CsCheck;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Api;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// Generated hostile queries against the app on the simulated 2017 store: every page's document and every endpoint
/// parameter over HTTP (no 5xx but the documented ones, nothing generated comes back as markup), then a sample of page
/// URLs in Chromium (no console error). The pages render in the circuit; their parsing is fuzzed in bUnit as well.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class QueryFuzzE2ETests(Sqlite2017StoreFixture fixture, ITestOutputHelper output)
{
    private static Gen<(string Url, string[] Values)> Endpoints(string apiKey) => Gen.Frequency(
        (6, QueryFuzz.PageUrl),
        (2, Path("/briefing/deck.pptx", "from", "to", "hour", "siting", "level")),
        (1, Path("/briefing/deck.pdf", "from", "to", "hour", "siting", "level")),
        (2, Path("/briefing/animation.gif", "date", "metric", "level")),
        (1, Path("/briefing/animation.mp4", "date", "metric", "level")),
        (2, QueryFuzz.Value.Select(l => ($"/geo/{QueryFuzz.Escape(l)}.geojson", new[] { l }))),
        (2, Path("/culture", "lang", "returnUrl")),
        (2, Gen.Select(QueryFuzz.Value, QueryFuzz.Value).Select((d, f) => ($"/releases/{QueryFuzz.Escape(d)}/{QueryFuzz.Escape(f)}", new[] { d, f }))),
        (4, Gen.Select(Gen.Frequency((4, Gen.Const(apiKey)), (1, Gen.OneOf("sample", "<script>alert(1)</script>"))), Gen.OneOf([.. SeoulApiServices.All.Keys, "NOPE"]),
            Gen.OneOf("json", "xml"), QueryFuzz.Value.Array[0, 6]).Select((key, service, type, args) =>
                ($"/{QueryFuzz.Escape(key)}/{type}/{service}/" + string.Join('/', args.Select(QueryFuzz.Escape)), args.Append(key).ToArray()))));

    private static Gen<(string, string[])> Path(string path, params string[] keys) =>
        QueryFuzz.Query(keys).Select(q => (path + q.Query, q.Values));

    [Fact]
    public async Task PagesAndEndpoints_GeneratedQueries_No500AndNothingReflected()
    {
        var browser = await fixture.BrowserAsync();
        var apiKey = await new ApiKeyStore(fixture.Store.Database, TimeProvider.System).AddAsync("fuzz-" + Guid.NewGuid().ToString("N"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(browser.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var statuses = new Dictionary<int, int>();
        var cases = 0;

        await Endpoints(apiKey).SampleAsync(async c =>
        {
            using var response = await http.GetAsync(c.Url);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            lock (statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                cases++;
            }
            // 501: MP4 without ffmpeg; 503: PDF without the font. Nothing else may be a server error.
            Assert.True(status < 500 || status is 501 or 503, $"{status} for {c.Url}\n{body[..Math.Min(body.Length, 2000)]}");
            // HTML never carries a generated value verbatim. A 400's reason may quote the value, as JSON or text that
            // the browser will not sniff into HTML.
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            // Kestrel itself refuses a NUL in the path (an empty 400) and a request line over its limit (an empty 414)
            // before any middleware runs, so no header of the app's can be on them.
            Assert.True((response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff")
                || (status is 400 or 414 && body.Length == 0), $"no nosniff on {status} for {c.Url}");
            if (type.Contains("html", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var v in c.Values.Where(QueryFuzz.IsMarkup))
                    Assert.False(body.Contains(v, StringComparison.Ordinal), $"'{v}' reflected verbatim by {c.Url}");
            }
        }, iter: 2200, threads: 2);

        output.WriteLine($"{cases} cases in {started.Elapsed.TotalSeconds:0.0} s; status counts: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(cases >= 2000);
    }

    [Fact]
    public async Task Pages_SampledGeneratedQueries_NoConsoleErrorAndNoticeShown()
    {
        var browser = await fixture.BrowserAsync();
        var urls = QueryFuzz.PageUrl.Where(u => !u.Url.StartsWith("/siting", StringComparison.Ordinal) || u.Values.All(v => QueryFuzz.Hostile.Contains(v)))
            .Array[30].Single();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", BaseURL = browser.BaseUrl });
        await context.AddInitScriptAsync(CspE2ETests.RecordViolations);
        foreach (var (url, _) in urls)
        {
            var page = await context.NewPageAsync();
            var probe = new PageProbe(page);
            await page.GotoAsync(url);
            await page.WaitForSelectorAsync("#page-title", new() { Timeout = 60_000 });
            await page.WaitForTimeoutAsync(300);
            var errors = probe.Errors.Where(e => !e.StartsWith("http 4", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, url + "\n" + string.Join("\n", errors));
            Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
            if (Web.Routing.QueryCheck.Invalid(url).Count > 0)
            {
                // The URL's lang decides the notice's language, by the app's own rule.
                var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
                request.QueryString = new Microsoft.AspNetCore.Http.QueryString(url.Contains('?', StringComparison.Ordinal) ? url[url.IndexOf('?', StringComparison.Ordinal)..] : "");
                var expected = Web.Hosting.UrlLanguage.LanguageOf(request) == "en" ? "defaults" : "기본값";
                Assert.Contains(expected, await page.InnerTextAsync("#query-notice"), StringComparison.Ordinal);
            }
            await page.CloseAsync();
        }
        await context.CloseAsync();
        output.WriteLine($"{urls.Length} page URLs in Chromium");
    }
}
