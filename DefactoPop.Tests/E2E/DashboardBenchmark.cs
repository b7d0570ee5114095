using DefactoPop.Tests.TestSupport.Dashboard;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// Browser timings of the map, for a bench command (not asserted in tests). Times come from the page's own
/// performance clock: the map module stamps data-painted-at after two animation frames following each restyle.
/// </summary>
public static class DashboardBenchmark
{
    /// <summary>Medians in milliseconds.</summary>
    public sealed record Result(double NavigationToDongMapMs, double HourChangeDongMs, double HourChangeOaMs, int Repeats, int OaFeatures)
    {
        public override string ToString() =>
            $"navigation→dong map drawn {NavigationToDongMapMs:0} ms; hour change→repainted: dong {HourChangeDongMs:0} ms, OA ({OaFeatures} features) {HourChangeOaMs:0} ms (median of {Repeats})";
    }

    /// <summary>Starts the app with <see cref="TestPopulationStore"/> and Debian Chromium, then measures.</summary>
    public static async Task<Result> RunAsync(int repeats = 5)
    {
        await using var factory = new DashboardAppFactory();
        var baseUrl = factory.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        return await MeasureAsync(browser, baseUrl, repeats);
    }

    /// <summary>Measures against a running dashboard (any store) at <paramref name="baseUrl"/>.</summary>
    /// <param name="oaDistrict">The district whose output areas are restyled (OA level within one district).</param>
    public static async Task<Result> MeasureAsync(IBrowser browser, string baseUrl, int repeats = 5, string oaDistrict = "11680")
    {
        var nav = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var page = await NewPageAsync(browser);
            await page.GotoAsync(baseUrl + "/map");
            await PageProbe.WaitForMapAsync(page, timeout: 60_000);
            nav.Add(await PaintedAtAsync(page));
            await page.Context.CloseAsync();
        }
        var dong = await HourChangesAsync(browser, baseUrl + "/map?hour=0", repeats);
        var oaPage = await NewPageAsync(browser);
        await oaPage.GotoAsync($"{baseUrl}/map?level=oa&gu={oaDistrict}");
        await PageProbe.WaitForMapAsync(oaPage, timeout: 60_000);
        var features = int.Parse(await oaPage.GetAttributeAsync("#choropleth", "data-feature-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await oaPage.Context.CloseAsync();
        var oa = await HourChangesAsync(browser, $"{baseUrl}/map?level=oa&gu={oaDistrict}&hour=0", repeats);
        return new Result(Median(nav), Median(dong), Median(oa), repeats, features);
    }

    private static async Task<List<double>> HourChangesAsync(IBrowser browser, string url, int repeats)
    {
        var page = await NewPageAsync(browser);
        await page.GotoAsync(url);
        await PageProbe.WaitForMapAsync(page, timeout: 60_000);
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var frame = await PageProbe.FrameAsync(page);
            var t0 = await page.EvaluateAsync<double>("() => performance.now()");
            await page.ClickAsync("#hour-next");
            await PageProbe.WaitForMapAsync(page, afterFrame: frame, timeout: 60_000);
            times.Add(await PaintedAtAsync(page) - t0);
        }
        await page.Context.CloseAsync();
        return times;
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        return await context.NewPageAsync();
    }

    private static async Task<double> PaintedAtAsync(IPage page) =>
        double.Parse(await page.GetAttributeAsync("#choropleth", "data-painted-at") ?? "NaN", System.Globalization.CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}
