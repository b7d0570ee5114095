using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// What every store must give a new user, real or synthetic: every page opens without a circuit or console error,
/// the map opens on a level that has data, what was never loaded is "–" (never 0), and a level without data says so.
/// The concrete classes bind it to a store and declare the facts (real ones skip where ../shared is absent).
/// </summary>
public abstract class DashboardStoreSuite(IDashboardStoreFixture fixture)
{
    public const string NoDataNotice = "이 단위의 자료가 없습니다";

    public static TheoryData<string> Pages { get; } = ["/", "/map", "/compare", "/swings", "/foreigners", "/method"];

    protected IDashboardStoreFixture Fixture => fixture;

    protected StoreFacts Facts => fixture.Facts;

    protected async Task PageOpensCleanAsync(string path)
    {
        var probe = await OpenAsync(path);

        await AssertNoCircuitErrorAsync(probe);
        await probe.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, $"store-{Facts.Name}-{(path.Trim('/') is { Length: > 0 } p ? p : "overview")}.png"), FullPage = true });
    }

    /// <summary>axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the page, in the language asked for, at phone and desktop widths.</summary>
    protected async Task PageHasNoAxeViolationAsync(string path, string lang)
    {
        var probe = await OpenAsync(lang == "en" ? path + "?lang=en" : path);

        var found = new List<string>();
        foreach (var width in new[] { 390, 1400 })
            found.AddRange(await Axe.ViolationsAtWidthAsync(probe.Page, width, $"{path} [{lang}]"));
        await probe.Page.Context.CloseAsync();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    protected async Task MapOpensOnFinestLevelWithDataAsync()
    {
        var probe = await OpenAsync("/map");

        var expected = Facts.HasDongs ? "Dong" : "Gu";
        Assert.Equal("true", await probe.Page.GetAttributeAsync($"#filter-level button[data-value='{expected}']", "aria-pressed"));
        await PageProbe.WaitForMapAsync(probe.Page, timeout: 30_000);
        var rows = await TableCellsAsync(probe.Page, "#map-table");
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r[3] == "–");
        await AssertNoCircuitErrorAsync(probe);
    }

    protected async Task OverviewNeverLoaded_DashWithReasonAsync()
    {
        var probe = await OpenAsync("/");
        var page = probe.Page;
        await page.WaitForSelectorAsync("#city-curve[data-rendered]", new() { Timeout = 30_000 });

        var registered = await page.InnerTextAsync("[data-kpi=kpi-registered]");
        var traces = await page.EvaluateAsync<string[]>("() => document.getElementById('city-curve').data.map(t => t.name)");
        var split = await TableCellsAsync(page, "#class-split-table");
        if (Facts.HasRegister)
        {
            Assert.Matches(@"\d", registered);
            Assert.Contains("주민등록인구", traces);
        }
        else
        {
            Assert.Equal("–", registered);
            Assert.Contains("적재되지 않음", await page.InnerTextAsync("#kpi-registered"), StringComparison.Ordinal);
            Assert.DoesNotContain("주민등록인구", traces);
            Assert.All(await TableCellsAsync(page, "#top-districts"), r => Assert.Equal("–", r[3]));
        }
        foreach (var foreign in new[] { "장기체류 외국인", "단기체류 외국인" })
        {
            var row = Assert.Single(split, r => r[0] == foreign);
            if (!Facts.HasForeigners)
                Assert.Equal(["–", "–"], row[1..]);
        }
        await AssertNoZeroShownAsync(page);
        await AssertNoCircuitErrorAsync(probe);
    }

    protected async Task ForeignersNeverLoaded_NoZerosAsync()
    {
        var probe = await OpenAsync("/foreigners?level=gu");

        if (!Facts.HasForeigners)
            Assert.Contains(NoDataNotice, await probe.Page.InnerTextAsync("body"), StringComparison.Ordinal);
        await AssertNoZeroShownAsync(probe.Page);
        await AssertNoCircuitErrorAsync(probe);
    }

    /// <summary>The ranking at 행정동: rows with values where the store has dong figures, the notice (and no rows) where it has none.</summary>
    protected async Task CompareDongs_RowsOrNoDataNoticeAsync()
    {
        var probe = await OpenAsync("/compare?level=dong");

        var body = await probe.Page.InnerTextAsync("body");
        if (Facts.HasDongs)
        {
            Assert.DoesNotContain(NoDataNotice, body, StringComparison.Ordinal);
            Assert.NotEmpty(await TableCellsAsync(probe.Page, "#compare-table"));
        }
        else
        {
            Assert.Contains(NoDataNotice, body, StringComparison.Ordinal);
            Assert.Equal(0, await probe.Page.Locator("#compare-table tbody tr").CountAsync());
        }
        await AssertNoCircuitErrorAsync(probe);
    }

    private async Task<PageProbe> OpenAsync(string path)
    {
        var browser = await fixture.BrowserAsync();
        Directory.CreateDirectory(BrowserFixture.ScreenshotDir);
        var probe = await browser.OpenAsync(path);
        await probe.Page.WaitForSelectorAsync("#page-title", new() { Timeout = 30_000 });
        // Loaded: no progress bar left (or the circuit died); then a moment for the charts drawn after render.
        await probe.Page.WaitForFunctionAsync("() => document.querySelectorAll('.mud-progress-linear').length === 0", null, new() { Timeout = 30_000 });
        await probe.Page.WaitForTimeoutAsync(1500);
        return probe;
    }

    private static async Task AssertNoCircuitErrorAsync(PageProbe probe)
    {
        var errorUi = probe.Page.Locator("#blazor-error-ui");
        Assert.False(await errorUi.CountAsync() > 0 && await errorUi.IsVisibleAsync(), "#blazor-error-ui is visible");
        Assert.Empty(probe.Errors);
    }

    /// <summary>No KPI value or table cell reads as a bare zero: in these stores every true figure is far from 0.</summary>
    private static async Task AssertNoZeroShownAsync(IPage page)
    {
        var shown = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-kpi], td.num')].map(e => e.innerText.trim())");
        Assert.DoesNotContain(shown, s => s is "0" or "0%" or "0.00" or "0.0만" or "0.0");
    }

    private static async Task<List<string[]>> TableCellsAsync(IPage page, string table) =>
        [.. (await page.EvaluateAsync<string[][]>(
            "t => [...document.querySelectorAll(t + ' tbody tr')].map(r => [...r.querySelectorAll('td')].map(c => c.innerText.trim()))", table))];
}
