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
    /// <param name="HourChangeDongMs">Click on the next-hour button → the map repainted (from the hour sent ahead when it had arrived).</param>
    /// <param name="ConfirmedDongMs">Click → the circuit's own frame for that hour applied (table, legend and tooltips current).</param>
    public sealed record Result(double NavigationToDongMapMs, double HourChangeDongMs, double HourChangeOaMs, int Repeats, int OaFeatures,
        double ConfirmedDongMs = double.NaN, double ConfirmedOaMs = double.NaN, double PanWorstFrameMs = double.NaN, int PanFrames = 0)
    {
        public override string ToString() =>
            $"navigation→dong map drawn {NavigationToDongMapMs:0} ms; hour change→repainted: dong {HourChangeDongMs:0} ms, OA ({OaFeatures} features) {HourChangeOaMs:0} ms; " +
            $"hour change→circuit's frame applied: dong {ConfirmedDongMs:0} ms, OA {ConfirmedOaMs:0} ms (median of {Repeats}); " +
            $"the city's 집계구 at zoom 13 dragged across: longest frame {PanWorstFrameMs:0} ms of {PanFrames}";
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
            nav.Add(await StampAsync(page, "data-painted-at"));
            await page.Context.CloseAsync();
        }
        var dong = await HourChangesAsync(browser, baseUrl + "/map?hour=0", repeats);
        var oaPage = await NewPageAsync(browser);
        await oaPage.GotoAsync($"{baseUrl}/map?level=oa&gu={oaDistrict}");
        await PageProbe.WaitForMapAsync(oaPage, timeout: 60_000);
        var features = int.Parse(await oaPage.GetAttributeAsync("#choropleth", "data-feature-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await oaPage.Context.CloseAsync();
        var oa = await HourChangesAsync(browser, $"{baseUrl}/map?level=oa&gu={oaDistrict}&hour=0", repeats);
        var (worst, frames) = await PanAsync(browser, baseUrl + "/map?level=oa");
        return new Result(Median(nav), Median(dong.Painted), Median(oa.Painted), repeats, features, Median(dong.Confirmed), Median(oa.Confirmed), worst, frames);
    }

    private static async Task<(List<double> Painted, List<double> Confirmed)> HourChangesAsync(IBrowser browser, string url, int repeats)
    {
        var page = await NewPageAsync(browser);
        await page.GotoAsync(url);
        await PageProbe.WaitForMapAsync(page, timeout: 60_000);
        var painted = new List<double>();
        var confirmed = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var frame = await PageProbe.FrameAsync(page);
            await NeighboursAsync(page);
            var t0 = await page.EvaluateAsync<double>("() => performance.now()");
            await page.ClickAsync("#hour-next");
            await PageProbe.WaitForMapAsync(page, afterFrame: frame, timeout: 60_000);
            painted.Add(await StampAsync(page, "data-painted-at") - t0);
            confirmed.Add(await StampAsync(page, "data-frame-at") - t0);
        }
        await page.Context.CloseAsync();
        return (painted, confirmed);
    }

    /// <summary>
    /// Drags the map of every 집계구 across the city at zoom 13 with the mouse, as a hand would (600 px per drag, 30 moves
    /// each), and returns the longest gap between animation frames, the redraws at the end of each drag included.
    /// </summary>
    private static async Task<(double Worst, int Frames)> PanAsync(IBrowser browser, string url)
    {
        var page = await NewPageAsync(browser);
        await page.GotoAsync(url);
        await PageProbe.WaitForMapAsync(page, timeout: 60_000);
        if (!await page.EvaluateAsync<bool>("() => document.getElementById('choropleth').choropleth.viewWestEdge(13)"))
            return (double.NaN, 0);
        await page.WaitForFunctionAsync("() => document.getElementById('choropleth').dataset.layerVisible === 'true'");
        var box = (await page.Locator("#choropleth").BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width * 0.8f, box.Y + box.Height / 2);
        await page.EvaluateAsync("() => document.getElementById('choropleth').choropleth.startFrameWatch()");
        for (var drag = 0; drag < 5; drag++)
        {
            await page.Mouse.MoveAsync(x, y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(x - 600, y, new() { Steps = 30 });
            await page.Mouse.UpAsync();
        }
        var watch = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => document.getElementById('choropleth').choropleth.stopFrameWatch()");
        await page.Context.CloseAsync();
        return (watch.GetProperty("worst").GetDouble(), watch.GetProperty("frames").GetInt32());
    }

    /// <summary>Waits (up to 10 s) for the hours either side, as a user who looks at the map before stepping would.</summary>
    private static async Task NeighboursAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => { const d = document.getElementById('choropleth').dataset; return d.neighboursFor === d.frame; }",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // measured without the head start
        }
    }

    private static async Task<double> StampAsync(IPage page, string attribute) =>
        double.Parse(await page.GetAttributeAsync("#choropleth", attribute) ?? "NaN", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        return await context.NewPageAsync();
    }

    private static double Median(List<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}
