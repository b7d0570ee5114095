using System.Globalization;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>The 90 % intervals as a user sees them on the simulated 2017 store: KPI card, map tooltip, zone panel, uncertainty metric.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017IntervalE2ETests(Sqlite2017StoreFixture fixture)
{
    private const string Slot = "date=2017-10-04&hour=14";

    [Fact]
    public async Task Overview_KpiCards_ShowTheInterval()
    {
        var browser = await fixture.BrowserAsync();

        var probe = await browser.OpenAsync("/?from=2017-09-25&to=2017-10-07");

        var page = probe.Page;
        var mean = page.Locator("[data-kpi-interval=kpi-mean]");
        await mean.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Matches(@"^90% 구간 [\d,.]+–[\d,.]+(만)?$", await mean.InnerTextAsync());
        Assert.Matches(@"^90% 구간 ", await page.InnerTextAsync("[data-kpi-interval=kpi-max]"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "intervals-overview.png") });
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Map_TooltipAndZonePanel_ShowTheInterval()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/map?level=dong&" + Slot);
        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);

        var text = await HoverAsync(page, 3);
        Assert.Matches(@"90% 구간 [\d,]+–[\d,]+ 명", text);

        var (cx, cy) = await PageProbe.FeaturePointAsync(page, 3);
        await page.Mouse.ClickAsync(cx, cy);
        var line = page.Locator("#zone-panel-interval");
        await line.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Matches(@"^생활인구 [\d,.]+(만)? · 90% 구간 [\d,.]+–[\d,.]+(만)?$", await line.InnerTextAsync());
        await page.WaitForSelectorAsync("#zone-profile-chart[data-rendered]", new() { Timeout = 20_000 });
        // The ribbon: an upper trace filled down to the lower one, 24 hours each.
        var ribbon = await page.EvaluateAsync<int>("() => (document.getElementById('zone-profile-chart').data.find(t => t.fill === 'tonexty')?.y || []).filter(v => v != null).length");
        Assert.Equal(24, ribbon);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "intervals-map-panel.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Map_UncertaintyMetric_ColoursByRelativeWidth()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/map?level=dong&metric=uncertainty&" + Slot);
        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);

        var text = await HoverAsync(page, 5);
        Assert.Matches(@"[\d.]+ %", text);
        Assert.Contains("생활인구 90% 구간", text, StringComparison.Ordinal);
        Assert.Contains("상대 불확실성", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        var values = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#map-table tbody tr')].map(r => r.querySelectorAll('td')[3].innerText.trim())");
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.InRange(double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), 0.1, 200));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "intervals-uncertainty.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }

    private static async Task<string> HoverAsync(IPage page, int feature)
    {
        var (x, y) = await PageProbe.FeaturePointAsync(page, feature);
        await page.Mouse.MoveAsync(x - 3, y - 3);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 3 });
        var tooltip = page.Locator(".leaflet-tooltip.choropleth-tooltip");
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        return await tooltip.InnerTextAsync();
    }
}
