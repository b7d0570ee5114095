using DefactoPop.Tests.TestSupport.Dashboard;

namespace DefactoPop.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class SmokeProbe(BrowserFixture fx)
{
    [Fact]
    public async Task Probe()
    {
        var page = await fx.NewPageAsync();
        var log = new List<string>();
        page.Console += (_, m) => log.Add($"{m.Type}: {m.Text}");
        page.PageError += (_, e) => log.Add("pageerror: " + e);
        page.Response += (_, r) => { if (r.Status >= 400) log.Add($"{r.Status} {r.Url}"); };
        await page.GotoAsync("/map");
        await page.WaitForTimeoutAsync(8000);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "probe.png") });
        var count = await page.GetAttributeAsync("#choropleth", "data-feature-count");
        File.WriteAllText("/tmp/probe.txt", $"count={count}\n" + string.Join("\n", log));
    }
}
