using System.Globalization;
using DefactoPop.Tests.TestSupport.Dashboard;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>Phone, tablet and desktop widths: the app bar stays on one line, no page scrolls sideways, the map and a chart fit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsiveE2ETests(BrowserFixture fx)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(768, 1024)]
    [InlineData(1400, 900)]
    public async Task Pages_AtWidth_TitleOnOneLineNoSidewaysScrollMapAndChartFit(int width, int height)
    {
        var context = await fx.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ko-KR",
            BaseURL = fx.BaseUrl,
        });
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        try
        {
            foreach (var (url, ready, figure) in new[]
            {
                ("/", "#city-curve[data-rendered]", "#city-curve"),
                ("/map", "#choropleth[data-drawn='true']", "#choropleth"),
                ("/compare", "#compare-scatter[data-rendered]", "#compare-scatter"),
            })
            {
                await page.GotoAsync(url);
                await page.WaitForSelectorAsync(ready, new() { Timeout = 30_000 });
                var name = url == "/" ? "overview" : url.TrimStart('/');
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, $"width-{width}-{name}.png"), FullPage = true });

                // The title "서울 생활인구" on one line: its box is no taller than one line of its font.
                var (titleHeight, lineHeight) = await Pair(page, "() => { const t = document.getElementById('app-title'); const s = getComputedStyle(t); return [t.getBoundingClientRect().height, parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.6]; }");
                Assert.True(titleHeight <= lineHeight * 1.2, $"{url} at {width} px: the app title is {titleHeight} px tall for a {lineHeight} px line");
                // No sideways scrolling of the page.
                var (scroll, inner) = await Pair(page, "() => [document.documentElement.scrollWidth, window.innerWidth]");
                Assert.True(scroll <= inner, $"{url} at {width} px: the page is {scroll} px wide in a {inner} px window");
                // The figure lies wholly inside the window's width.
                var (left, right) = await Pair(page, $"() => {{ const r = document.querySelector('{figure}').getBoundingClientRect(); return [r.left, r.right]; }}");
                Assert.True(left >= 0 && right <= inner + 0.5, $"{url} at {width} px: {figure} spans {left}–{right} px of {inner}");
                // Everything in the app bar is inside the window (the freshness badge is not cut off).
                var barRight = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.mud-appbar .mud-toolbar > *')].map(e => e.getBoundingClientRect().right))");
                Assert.True(barRight <= inner + 0.5, $"{url} at {width} px: the app bar reaches {barRight} px of {inner}");
                // Phones and tablets: every visible control is a touch target of at least 44 × 44 px.
                if (width < 960)
                {
                    var small = await page.EvaluateAsync<string[]>(SmallTargets);
                    Assert.True(small.Length == 0, $"{url} at {width} px: targets under 44 px: {string.Join(", ", small.Take(10))}");
                }
            }
            Assert.Empty(probe.Errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Visible links, buttons, fields and sliders smaller than 44 px either way (the skip link only when shown).</summary>
    private const string SmallTargets =
        """
        () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=slider], [role=button], [tabindex="0"]')]
          .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && getComputedStyle(e).visibility !== 'hidden'; })
          .filter(e => { const r = e.getBoundingClientRect(); return r.width < 44 || r.height < 44; })
          .map(e => { const r = e.getBoundingClientRect(); return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ${Math.round(r.width)}×${Math.round(r.height)}`; })
        """;

    private static async Task<(double, double)> Pair(IPage page, string script)
    {
        var values = await page.EvaluateAsync<double[]>(script);
        return (values[0], values[1]);
    }
}
