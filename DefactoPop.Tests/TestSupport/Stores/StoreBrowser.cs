using DefactoPop.Tests.TestSupport.Dashboard;
using Microsoft.Playwright;

namespace DefactoPop.Tests.TestSupport.Stores;

/// <summary>The real app over one SQLite file on Kestrel, and a headless Chromium to drive it.</summary>
public sealed class StoreBrowser : IAsyncDisposable
{
    private readonly DashboardAppFactory _app;
    private readonly IPlaywright _playwright;

    private StoreBrowser(DashboardAppFactory app, string baseUrl, IPlaywright playwright, IBrowser browser)
    {
        _app = app;
        BaseUrl = baseUrl;
        _playwright = playwright;
        Browser = browser;
    }

    public string BaseUrl { get; }

    public IBrowser Browser { get; }

    /// <param name="settings">Configuration the app starts with (e.g. Disclosure:Mode).</param>
    public static async Task<StoreBrowser> StartAsync(string dbPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = DashboardAppFactory.ForDatabase(dbPath, settings);
        var baseUrl = app.Start();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        return new StoreBrowser(app, baseUrl, playwright, browser);
    }

    /// <summary>A fresh context (1400×900, Korean) and page, with a probe collecting its errors, opened at <paramref name="url"/>.</summary>
    public async Task<PageProbe> OpenAsync(string url)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "ko-KR",
            BaseURL = BaseUrl,
        });
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        await page.GotoAsync(url);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }
}
