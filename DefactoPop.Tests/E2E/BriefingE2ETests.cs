using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>/briefing in a real browser: keys move the slides and the URL, the present button asks for full screen, the deck downloads as PPTX and PDF.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class BriefingE2ETests(Sqlite2017StoreFixture fixture)
{
    [Fact]
    public async Task Briefing_KeysAndPresentButton_MoveSlidesAndRequestFullScreen()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/briefing?from=2017-09-25&to=2017-10-07&siting=retail");
        var page = probe.Page;
        await page.WaitForSelectorAsync("#briefing-deck[data-ready=true]", new() { Timeout = 90_000 });
        var total = int.Parse((await page.GetAttributeAsync("#briefing-deck", "data-slides"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 6, $"{total} slides");
        Assert.Equal($"1 / {total}", (await page.InnerTextAsync("#briefing-counter")).Trim());

        Assert.True(await page.Locator(".briefing-slide img.chart").CountAsync() >= 2);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("PageDown");
        Assert.Equal($"3 / {total}", (await page.InnerTextAsync("#briefing-counter")).Trim());
        Assert.Contains("slide=3", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(".briefing-slide.current[data-index='3']").IsVisibleAsync());
        await page.Keyboard.PressAsync("PageUp");
        Assert.Equal($"2 / {total}", (await page.InnerTextAsync("#briefing-counter")).Trim());
        await page.Keyboard.PressAsync("End");
        Assert.Contains("유의사항", await page.InnerTextAsync(".briefing-slide.current"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("b");
        Assert.Equal("true", await page.GetAttributeAsync("#briefing-deck", "data-blank"));
        await page.Keyboard.PressAsync("b");

        await page.ClickAsync("#briefing-present");
        await page.WaitForSelectorAsync("#briefing-deck[data-fullscreen-requested=true]", new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.fullscreenElement?.id === 'briefing-deck' || !!document.getElementById('briefing-deck').dataset.fullscreenError", null, new() { Timeout = 10_000 });
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.briefing-slide.current img.chart')?.complete === true");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "briefing-slide.png") });

        // The link reopens the same slide.
        var reopened = await browser.OpenAsync(page.Url.Replace(browser.BaseUrl, "", StringComparison.Ordinal));
        await reopened.Page.WaitForSelectorAsync("#briefing-deck[data-ready=true]", new() { Timeout = 90_000 });
        Assert.Equal($"2 / {total}", (await reopened.Page.InnerTextAsync("#briefing-counter")).Trim());

        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.Keyboard.PressAsync("Escape");
            await page.EvaluateAsync("() => document.fullscreenElement && document.exitFullscreen()");
            await page.ClickAsync("#briefing-pptx");
        }, new() { Timeout = 30_000 });
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes[..2]));
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#briefing-pdf"), new() { Timeout = 30_000 });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(await pdf.PathAsync()))[..4]));
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(probe.Errors);
    }
}
