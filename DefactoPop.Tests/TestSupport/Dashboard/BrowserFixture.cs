using Microsoft.Playwright;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>One app server and one headless Debian Chromium, shared by the E2E test classes of a collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private DashboardAppFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir { get; } = Path.Combine(SharedData.RepoRoot, "TestResults", "screenshots");

    public static BrowserTypeLaunchOptions LaunchOptions { get; } = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
        ],
    };

    public async Task InitializeAsync()
    {
        _factory = new DashboardAppFactory();
        BaseUrl = _factory.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(LaunchOptions);
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A fresh context and page (1400×900, Korean locale, downloads accepted).</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "ko-KR",
            AcceptDownloads = true,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
    }
}
