using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// Every page of the nav in Chromium with the Content-Security-Policy on, over the simulated 2017 store: after each page
/// has drawn what loads lazily (Plotly charts, the Leaflet map and its modules, the briefing deck), no
/// <c>securitypolicyviolation</c> event fired and no console message names the policy.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class CspE2ETests(Sqlite2017StoreFixture fixture)
{
    private const string Window = "from=2017-09-25&to=2017-10-07";

    /// <summary>Records violations on window before any page script runs.</summary>
    public const string RecordViolations =
        """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public static TheoryData<string, string> Pages => new()
    {
        { "/?" + Window, "#city-curve[data-rendered]" },
        { "/map?date=2017-10-04&level=gu", "map" },
        { "/compare?level=gu&hour=14&" + Window, "#compare-table tbody tr" },
        { "/swings?" + Window, "#swings-calendar tbody tr" },
        { "/foreigners?" + Window, "#page-title" },
        { "/siting?preset=retail&draws=3", "#siting-metrics[data-preset=retail]" },
        { "/briefing?" + Window, "#briefing-deck[data-ready=true]" },
        { "/releases", "#page-title" },
        { "/method", "#page-title" },
        { "/scalar/v1", "idle" },
        { "/signin", "#signin-form" },
        { "/signin?lang=en&change=1&user=someone", "#signin-new" },
        { "/audit", "#signin-form" }, // anonymous: sent to sign in (the admin's view is AuthE2ETests')
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_CspOn_NoViolation(string url, string ready)
    {
        var (probe, violations) = await OpenAsync(url, ready);

        Assert.Empty(violations);
        Assert.DoesNotContain(probe.Errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(probe.Errors);
        await probe.Page.Context.CloseAsync();
    }

    /// <summary>The recorder itself: an injected inline script is blocked and reported (so an empty list means something).</summary>
    [Fact]
    public async Task Recorder_InlineScriptInjected_IsBlockedAndReported()
    {
        var (probe, _) = await OpenAsync("/method", "#page-title");

        await probe.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s); }");
        await probe.Page.WaitForTimeoutAsync(200);

        Assert.Null(await probe.Page.EvaluateAsync<int?>("() => window.__ran ?? null"));
        Assert.Contains(await probe.Page.EvaluateAsync<string[]>("() => window.__csp"), v => v.StartsWith("script-src", StringComparison.Ordinal));
        await probe.Page.Context.CloseAsync();
    }

    /// <summary>Opens the page with the recorder, waits until it is drawn, pokes it so lazy modules load, returns what fired.</summary>
    private async Task<(PageProbe Probe, string[] Violations)> OpenAsync(string url, string ready)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "ko-KR",
            BaseURL = browser.BaseUrl,
        });
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        var response = await page.GotoAsync(url);
        Assert.Contains("script-src 'self' 'nonce-", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        if (ready == "map")
        {
            await PageProbe.WaitForMapAsync(page, timeout: 30_000);
            // A click on a zone opens its profile: a Plotly chart, and the map's own module has run.
            var (x, y) = await PageProbe.FeaturePointAsync(page, 0);
            await page.Mouse.ClickAsync(x, y);
            await page.WaitForSelectorAsync("#zone-profile-chart[data-rendered]", new() { Timeout = 30_000 });
        }
        else if (ready == "idle")
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 30_000 });
            await page.WaitForTimeoutAsync(1000);
        }
        else
        {
            await page.WaitForSelectorAsync(ready, new() { Timeout = 90_000 });
        }
        if (url.StartsWith("/briefing", StringComparison.Ordinal))
            await page.Keyboard.PressAsync("ArrowRight"); // the deck module is attached and steps
        await page.WaitForTimeoutAsync(500);
        var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
        return (probe, violations);
    }
}
