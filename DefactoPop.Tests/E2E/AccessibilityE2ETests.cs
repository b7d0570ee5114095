using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// axe-core's WCAG 2.0/2.1 A and AA rules over every page of the nav, in Korean and English, at phone, tablet and
/// desktop widths, on the simulated 2017 store: no violation. Also the states a page reaches by use (a zone's panel
/// on the map, the navigation drawer opened on a phone).
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class AccessibilityE2ETests(Sqlite2017StoreFixture fixture)
{
    private const string Window = "from=2017-09-25&to=2017-10-07";

    public static readonly int[] Widths = [390, 768, 1400];

    /// <summary>Every page of the nav, and the sign-in page, with the selector that says it is drawn.</summary>
    public static readonly (string Url, string Ready)[] NavPages =
    [
        ("/?" + Window, "#city-curve[data-rendered]"),
        ("/map?date=2017-10-04", "#choropleth[data-drawn='true']"),
        ("/compare?level=gu&hour=14&" + Window, "#compare-table tbody tr"),
        ("/swings?" + Window, "#swings-calendar tbody tr"),
        ("/foreigners?" + Window, "#foreign-rhythm[data-rendered]"),
        ("/siting?preset=retail&draws=3", "#siting-ranked tbody tr"),
        ("/briefing?" + Window, "#briefing-deck[data-ready=true]"),
        ("/releases", "#page-title"),
        ("/method", "#page-title"),
        ("/signin", "#page-title"),
    ];

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task EveryPage_BothLanguagesThreeWidths_NoAxeViolation(string lang)
    {
        var page = await NewPageAsync(Widths[^1]);
        var found = new List<string>();
        foreach (var (url, ready) in NavPages)
        {
            await page.GotoAsync(WithLang(url, lang));
            await page.WaitForSelectorAsync(ready, new() { Timeout = 90_000 });
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            // Narrow to wide on one load: MudBlazor re-lays the page on each breakpoint.
            foreach (var width in Widths)
                found.AddRange(await Axe.ViolationsAtWidthAsync(page, width, $"{url} [{lang}]"));
        }
        await page.Context.CloseAsync();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task MapWithZonePanel_BothLanguages_NoAxeViolation(string lang)
    {
        var page = await NewPageAsync(1400);
        await page.GotoAsync(WithLang("/map?date=2017-10-04&level=gu", lang));
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);
        var (x, y) = await PageProbe.FeaturePointAsync(page, 0);
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForSelectorAsync("#zone-profile-chart[data-rendered]", new() { Timeout = 30_000 });

        var found = new List<string>();
        foreach (var width in Widths)
            found.AddRange(await Axe.ViolationsAtWidthAsync(page, width, $"map zone panel [{lang}]"));
        await page.Context.CloseAsync();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task PhoneDrawerOpened_NoAxeViolationAndTheMenuSaysSo()
    {
        var page = await NewPageAsync(390);
        await page.GotoAsync("/method");
        await page.WaitForSelectorAsync("#page-title", new() { Timeout = 30_000 });
        var menu = page.Locator("#nav-toggle");
        // The responsive drawer closes itself once the browser reports a phone's breakpoint.
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        await menu.ClickAsync();
        await page.Locator(".mud-drawer--open").WaitForAsync();
        await page.WaitForTimeoutAsync(400); // the drawer's slide-in

        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        var found = await Axe.ViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "width-390-drawer.png") });
        await page.Context.CloseAsync();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private async Task<IPage> NewPageAsync(int width)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "ko-KR",
            BaseURL = browser.BaseUrl,
            BypassCSP = true, // axe is injected as a script; the CSP itself has its own tests
        });
        return await context.NewPageAsync();
    }

    private static string WithLang(string url, string lang) =>
        lang == "en" ? url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en" : url;
}
