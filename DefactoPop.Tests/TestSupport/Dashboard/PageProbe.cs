using Microsoft.Playwright;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>Collects console errors, page errors and failed responses of one page.</summary>
public sealed class PageProbe
{
    private readonly List<string> _errors = [];

    public PageProbe(IPage page)
    {
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
                lock (_errors)
                    _errors.Add("console: " + m.Text);
        };
        page.PageError += (_, e) =>
        {
            lock (_errors)
                _errors.Add("pageerror: " + e);
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
                lock (_errors)
                    _errors.Add($"http {r.Status}: {r.Url}");
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
                return [.. _errors];
        }
    }

    public static async Task<PageProbe> OpenAsync(BrowserFixture fx, string url)
    {
        var page = await fx.NewPageAsync();
        var probe = new PageProbe(page);
        await page.GotoAsync(url);
        return probe;
    }

    /// <summary>
    /// Clicks until the URL matches: on a loaded machine a click can land while the circuit is still wiring the
    /// handler. The URL changes through the history API, so the wait is for the commit, not a page load.
    /// </summary>
    /// <remarks>Only for idempotent controls (a filter button): a retried click must not step further.</remarks>
    public static Task ClickUntilUrlAsync(IPage page, string selector, string urlGlob, int attempts = 3) =>
        ActUntilUrlAsync(page, () => page.ClickAsync(selector), urlGlob, attempts);

    /// <summary>Repeats an idempotent action (a click on a filter, a key that sets an absolute value) until the URL matches.</summary>
    public static async Task ActUntilUrlAsync(IPage page, Func<Task> act, string urlGlob, int attempts = 3)
    {
        for (var i = 1; ; i++)
        {
            await act();
            try
            {
                await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (i < attempts)
            {
            }
        }
    }

    /// <summary>Waits until the map element has painted a frame (optionally a later one than <paramref name="afterFrame"/>).</summary>
    public static async Task WaitForMapAsync(IPage page, string id = "choropleth", int afterFrame = 0, float timeout = 20_000) =>
        await page.WaitForFunctionAsync(
            "([id, n]) => { const e = document.getElementById(id); return e && e.dataset.drawn === 'true' && Number(e.dataset.frame) > n; }",
            new object[] { id, afterFrame }, new PageWaitForFunctionOptions { Timeout = timeout });

    public static async Task<int> FrameAsync(IPage page, string id = "choropleth") =>
        int.Parse(await page.GetAttributeAsync("#" + id, "data-frame") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Page coordinates of the centre of feature i of the map.</summary>
    public static async Task<(float X, float Y)> FeaturePointAsync(IPage page, int index, string id = "choropleth")
    {
        var box = await page.Locator("#" + id).BoundingBoxAsync() ?? throw new InvalidOperationException("map not visible");
        var p = await page.EvaluateAsync<double[]>("([id, i]) => { const p = document.getElementById(id).choropleth.pointOf(i); return [p.x, p.y]; }", new object[] { id, index });
        return (box.X + (float)p[0], box.Y + (float)p[1]);
    }
}
