using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>The dashboard in a browser on the simulated 2017 SQLite store: the Chuseok break as a user sees it.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017E2ETests(Sqlite2017StoreFixture fixture)
{
    private const string Window = "from=2017-09-25&to=2017-10-07";

    [Fact]
    public async Task Overview_Chuseok2017_DrawnWithHolidayShading()
    {
        var browser = await fixture.BrowserAsync();

        var probe = await browser.OpenAsync("/?" + Window);

        var page = probe.Page;
        await page.WaitForSelectorAsync("#city-curve[data-rendered]", new() { Timeout = 30_000 });
        // Fill colour of the drawn shape that covers noon of each day (Plotly keeps the figure's layout on its element).
        var fills = await page.EvaluateAsync<string[]>(
            """
            days => days.map(d => {
              const shapes = document.getElementById('city-curve').layout.shapes || [];
              const s = shapes.find(s => s.x0 <= d + ' 12:00' && d + ' 12:00' < s.x1);
              return s ? s.fillcolor : 'none';
            })
            """, new[] { "2017-09-27", "2017-09-30", "2017-10-02", "2017-10-04", "2017-10-06" });
        Assert.Equal(["none", "#90a4ae", "#ffb300", "#ffb300", "#ffb300"], fills);
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Swings_Chuseok2017_TableQuantifiesTheDrop()
    {
        var browser = await fixture.BrowserAsync();

        var probe = await browser.OpenAsync("/swings?" + Window);

        var page = probe.Page;
        await page.WaitForSelectorAsync("#swings-calendar tbody tr", new() { Timeout = 30_000 });
        var row = page.Locator("#swings-calendar tbody tr", new() { HasText = "추석" });
        Assert.Equal(1, await row.CountAsync());
        var drop = double.Parse(await row.Locator("td").Nth(4).InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(drop < -2, $"추석 {drop} %");
        Assert.Equal("5", await page.Locator("#swings-calendar tbody tr", new() { HasText = "평일" }).Locator("td").Nth(1).InnerTextAsync());
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Compare_WeekdayClicked_MeansOverOrdinaryWeekdaysOnly()
    {
        var read = fixture.Store.Read;
        var zones = await read.GetZonesAsync(ZoneLevel.Gu);
        var expected = new Dictionary<string, double>();
        for (var d = 25; d <= 29; d++)
        {
            var snap = await read.GetLevelAsync(new HourSlot(new DateOnly(2017, 9, d), 14), ZoneLevel.Gu, PopulationQuery.All);
            for (var i = 0; i < zones.Count; i++)
                expected[zones[i].Code] = expected.GetValueOrDefault(zones[i].Code) + snap.Values[i] / 5;
        }
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/compare?level=gu&hour=14&" + Window);
        var page = probe.Page;
        await page.WaitForSelectorAsync("#compare-table tbody tr", new() { Timeout = 30_000 });

        await PageProbe.ClickUntilUrlAsync(page, "#compare-days button[data-value='Weekday']", "**days=weekday*");

        await page.WaitForSelectorAsync("#compare-days button[data-value='Weekday'][aria-pressed='true']");
        var rows = await page.Locator("#compare-table tbody tr").AllAsync();
        Assert.Equal(zones.Count, rows.Count);
        foreach (var row in rows)
        {
            var code = await row.Locator("td").Nth(1).InnerTextAsync();
            var shown = double.Parse(await row.Locator("td").Nth(4).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(shown - expected[code]) <= 1, $"{code}: shown {shown:N0}, mean of 09-25..09-29 {expected[code]:N0}");
        }
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Map_ChuseokHour_DrawsEveryDong()
    {
        var dongs = await fixture.Store.Read.GetZonesAsync(ZoneLevel.Dong);
        var browser = await fixture.BrowserAsync();

        var probe = await browser.OpenAsync("/map?level=dong&date=2017-10-04&hour=14");

        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);
        Assert.Equal(dongs.Count.ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("#choropleth", "data-feature-count"));
        Assert.Contains("2017-10-04 14:00", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal(10, await page.Locator("#map-table tbody tr").CountAsync());
        Directory.CreateDirectory(BrowserFixture.ScreenshotDir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "sqlite2017-chuseok-map.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task MapPng_AsYouSeeIt_DownloadsMapWithLegendAndIsNotBlank()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/map?level=dong&date=2017-10-04&hour=14");
        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#map-png"), new() { Timeout = 30_000 });
        Assert.Equal("map-defacto-dong-2017-10-04-14h.png", download.SuggestedFilename);
        var path = Path.Combine(BrowserFixture.ScreenshotDir, "map-as-you-see-it.png");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDir);
        await download.SaveAsAsync(path);

        using var bitmap = SkiaSharp.SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        var legendWidth = await page.EvaluateAsync<double>("() => document.getElementById('map-legend-key').getBoundingClientRect().width");
        var mapWidth = await page.EvaluateAsync<double>("() => document.getElementById('choropleth').getBoundingClientRect().width");
        Assert.True(bitmap.Width >= 2 * (mapWidth + legendWidth), $"{bitmap.Width} px wide: map and legend side by side at 2×");
        // Not blank: many colours across the zones, and the map's area mostly coloured (not the white background).
        var colours = new HashSet<uint>();
        var coloured = 0;
        var samples = 0;
        for (var y = bitmap.Height / 8; y < bitmap.Height * 7 / 8; y += 7)
        {
            for (var x = 0; x < bitmap.Width * 0.6; x += 7)
            {
                var c = bitmap.GetPixel(x, y);
                samples++;
                colours.Add((uint)c);
                if (c.Red < 235 || c.Green < 235 || c.Blue < 235)
                    coloured++;
            }
        }
        Assert.True(colours.Count >= 7, $"{colours.Count} colours");
        Assert.True(coloured > samples / 4, $"{coloured} of {samples} samples coloured");
        Assert.True(int.Parse((await page.GetAttributeAsync("#map-png", "data-png-length"))!, CultureInfo.InvariantCulture) > 10_000);
        Assert.Equal("/briefing/animation.gif?date=2017-10-04&metric=defacto&level=dong", await page.GetAttributeAsync("#map-gif", "href"));
        Assert.Empty(probe.Errors);
    }
}
