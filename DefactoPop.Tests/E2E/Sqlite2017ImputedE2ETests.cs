using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.Data;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>A 행정동 whose figure was imputed for a cell outage says "보정됨" in the map tooltip and in the zone panel.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017ImputedE2ETests(Sqlite2017StoreFixture fixture)
{
    [Fact]
    public async Task Map_ImputedDong_SaysSoInTooltipAndPanel()
    {
        var read = fixture.Store.Read;
        var (slot, oa) = await Sqlite2017ImputedTests.FirstImputedOaAsync(read);
        var dongs = await read.GetZonesAsync(ZoneLevel.Dong);
        var index = dongs.ToList().FindIndex(z => z.Code == oa.ParentCode);
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync($"/map?level=dong&date={slot.Date:yyyy-MM-dd}&hour={slot.Hour}");
        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);

        var (x, y) = await PageProbe.FeaturePointAsync(page, index);
        await page.Mouse.MoveAsync(x - 3, y - 3);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 3 });
        var tooltip = page.Locator(".leaflet-tooltip.choropleth-tooltip");
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        Assert.Contains("보정됨: 기지국 장애", await tooltip.InnerTextAsync(), StringComparison.Ordinal);

        await page.Mouse.ClickAsync(x, y);
        var chip = page.Locator("#zone-panel-imputed");
        await chip.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Matches($@"^보정됨: .*\b{slot.Hour}\b.*시", await chip.InnerTextAsync());
        await page.WaitForSelectorAsync("#zone-profile-chart[data-rendered]", new() { Timeout = 20_000 });
        var marked = await page.EvaluateAsync<int>("() => (document.getElementById('zone-profile-chart').data.find(t => t.meta === 'imputed')?.x || []).length");
        Assert.True(marked > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "imputed-panel.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }
}
