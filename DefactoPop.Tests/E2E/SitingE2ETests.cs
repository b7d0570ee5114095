using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>/siting in a real browser on the simulated 2017 store: each workbench runs, draws on the map, reacts to a weight, exports and reopens from its link.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class SitingE2ETests(Sqlite2017StoreFixture fixture)
{
    private const float Timeout = 90_000;

    [Theory]
    [InlineData("senior")]
    [InlineData("canopy")]
    [InlineData("bus")]
    [InlineData("retail")]
    public async Task SitingTab_DefaultData_ShowsChosenSitesOnTheMap(string preset)
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync($"/siting?preset={preset}&draws=8");
        var page = probe.Page;

        await WaitForRunAsync(page, preset, 1);

        Assert.True(await page.Locator("#siting-ranked tr.chosen").CountAsync() >= 1);
        try
        {
            await page.WaitForSelectorAsync("#siting-map[data-places]", new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(string.Join("\n", probe.Errors) + "\n" + await page.InnerTextAsync(".dp-map-wrap") + "\n" + await page.Locator("#siting-map").EvaluateAsync<string>("e => JSON.stringify(e.dataset)"));
        }
        var places = await page.Locator("#siting-map").GetAttributeAsync("data-places");
        Assert.True(int.Parse(places!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotEmpty((await page.Locator("#siting-ranked tr.chosen td.rationale").First.InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("#siting-progress").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, $"siting-{preset}.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task CanopyTab_WeightChanged_ReranksExportsAndReopensFromItsLink()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/siting?preset=canopy&draws=5");
        var page = probe.Page;
        await WaitForRunAsync(page, "canopy", 1);
        var before = await ScoresAsync(page);

        // The heat slider to 1, the people sliders to 0: a different index, so different scores.
        await SetSliderAsync(page, "#set-vulnerable", 0);
        await WaitForRunAsync(page, "canopy", 2);
        await SetSliderAsync(page, "#set-heat", 1);
        await WaitForRunAsync(page, "canopy", 3);
        var after = await ScoresAsync(page);
        Assert.NotEqual(before, after);
        Assert.Contains("heat=1", page.Url, StringComparison.Ordinal);
        Assert.Contains("vulnerable=0", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#siting-ranked td.change").Filter(new() { HasTextRegex = new("[▲▼=]|신규") }).CountAsync() > 0);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#siting-csv"), new() { Timeout = 20_000 });
        var text = await File.ReadAllTextAsync(await csv.PathAsync());
        Assert.StartsWith("rank,id,name,lon,lat,chosen,score,selection_frequency", text, StringComparison.Ordinal);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#siting-xlsx"), new() { Timeout = 20_000 });
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(await xlsx.PathAsync()))[..2]));
        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#siting-png"), new() { Timeout = 20_000 });
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        Assert.True(bytes.Length > 5_000, $"PNG of {bytes.Length} bytes");

        // The permalink: a fresh page on the same URL shows the same settings and the same ranking.
        var reopened = await browser.OpenAsync(page.Url.Replace(browser.BaseUrl, "", StringComparison.Ordinal));
        await WaitForRunAsync(reopened.Page, "canopy", 1);
        Assert.Equal(after, await ScoresAsync(reopened.Page));
        Assert.Contains("1.00", await reopened.Page.InnerTextAsync("#set-heat"), StringComparison.Ordinal);
        Assert.Empty(probe.Errors);
        Assert.Empty(reopened.Errors);
    }

    private static async Task WaitForRunAsync(IPage page, string preset, int runs) =>
        await page.WaitForSelectorAsync($"#siting-metrics[data-preset={preset}][data-runs=\"{runs}\"]", new() { Timeout = Timeout });

    private static Task<string[]> ScoresAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#siting-ranked tbody tr')].slice(0, 20).map(r => r.dataset.id + ':' + r.querySelectorAll('td')[2].innerText)");

    private static async Task SetSliderAsync(IPage page, string wrapper, double value)
    {
        var url = page.Url;
        await page.Locator($"{wrapper} input[type=range]").EvaluateAsync(
            "(e, v) => { e.value = String(v); e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); }", value);
        await page.WaitForFunctionAsync("u => location.href !== u", url, new() { Timeout = 20_000 });
    }
}

/// <summary>/siting on the store built from the real district files: no intervals, and the page says so.</summary>
public sealed class RealStoreSitingE2ETests(RealStoreFixture.WithoutRegister fixture) : IClassFixture<RealStoreFixture.WithoutRegister>
{
    [SharedDataFact]
    public async Task RetailTab_ImportedOfficialFiles_SaysFrequenciesAreUnavailable()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/siting?preset=retail&draws=3");
        var page = probe.Page;

        await page.WaitForSelectorAsync("#siting-metrics[data-preset=retail]", new() { Timeout = 90_000 });

        Assert.Contains("선정 빈도를 계산할 수 없습니다", await page.InnerTextAsync("#siting-nointervals"), StringComparison.Ordinal);
        var freqs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#siting-ranked td.freq')].map(t => t.innerText.trim())");
        Assert.Equal(25, freqs.Length);
        Assert.All(freqs, f => Assert.Equal("–", f));
        Assert.Empty(probe.Errors);
    }
}
