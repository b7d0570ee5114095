using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>The dashboard on imported real files: district and dong boundaries, the dong code mapping and the real 2024 district file.</summary>
public sealed class RealDataE2ETests
{
    [SharedDataFact]
    public async Task Dashboard_RealBoundariesAnd2024DistrictFile_RenderMapAndCurve()
    {
        // Arrange: a real SQLite file loaded through the product's importers.
        await using var store = await TestStore.CreateAsync();
        foreach (var file in new[]
        {
            "boundaries/seoul_gu_2017.geojson",
            "boundaries/codes/dong_code_mapping_2018.xlsx",
            "boundaries/seoul_dong_2017.geojson",
            "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv",
        })
        {
            await store.Imports.ImportFileAsync(SharedData.Real(file));
        }
        await using var app = DashboardAppFactory.ForDatabase(store.DbPath);
        var baseUrl = app.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, Locale = "ko-KR", BaseURL = baseUrl });

        // Act + assert: 자치구 map of a real hour.
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        await page.GotoAsync("/map?level=gu&date=2024-03-06&hour=14");
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);
        Assert.Equal("25", await page.GetAttributeAsync("#choropleth", "data-feature-count"));
        var legend = await page.Locator(".legend, [class*=legend]").First.InnerTextAsync();
        Assert.Matches(@"\d{3},\d{3}", legend);
        Directory.CreateDirectory(BrowserFixture.ScreenshotDir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "real-gu-map.png"), FullPage = true });

        // 행정동 boundaries from the real file: all 424 drawn (no dong figures in a district file, so they show as no data).
        await page.GotoAsync("/map?level=dong&date=2024-03-06&hour=14");
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);
        Assert.Equal("424", await page.GetAttributeAsync("#choropleth", "data-feature-count"));

        // The city's hourly curve over the real period, with the missing days.
        await page.GotoAsync("/?from=2024-02-12&to=2024-02-25");
        await page.WaitForSelectorAsync("#city-curve[data-rendered]", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "real-overview.png"), FullPage = true });
        Assert.Empty(probe.Errors);
    }
}
