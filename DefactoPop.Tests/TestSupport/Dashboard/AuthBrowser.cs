using DefactoPop.Web.Data.Auth;
using Microsoft.Playwright;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>The app over the fixture's store with the role users, and Chromium; each page in a context of its own.</summary>
public sealed class AuthBrowser : IAsyncDisposable
{
    private readonly DashboardAppFactory _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _baseUrl;

    private AuthBrowser(DashboardAppFactory app, string baseUrl, IPlaywright playwright, IBrowser browser)
    {
        (_app, _baseUrl, _playwright, _browser) = (app, baseUrl, playwright, browser);
    }

    /// <summary>The user of a role in the role tests ("roles-analyst" …), password <see cref="SignInClient.Password"/>.</summary>
    public static string UserOf(string role) => "roles-" + role;

    /// <param name="settings">More configuration (e.g. Releases:*).</param>
    public static async Task<AuthBrowser> StartAsync(string dbPath, bool internalMode, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Disclosure:Mode"] = internalMode ? "internal" : "public" };
        var app = DashboardAppFactory.ForDatabase(dbPath, all);
        var baseUrl = app.Start();
        foreach (var role in AuthRoles.All)
            await SignInClient.EnsureUserAsync(app.Services, UserOf(role), role);
        var playwright = await Playwright.CreateAsync();
        return new AuthBrowser(app, baseUrl, playwright, await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions));
    }

    public IServiceProvider Services => _app.Services;

    public async Task<PageProbe> OpenAsync(string url, bool recordCsp = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "ko-KR",
            BaseURL = _baseUrl,
        });
        if (recordCsp)
            await context.AddInitScriptAsync(DefactoPop.Tests.E2E.CspE2ETests.RecordViolations);
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        await page.GotoAsync(url);
        return probe;
    }

    /// <summary>Opens <paramref name="returnTo"/> signed out (sent to sign in when refused), signs in with the form, lands on it.</summary>
    public async Task<PageProbe> SignInAsync(string user, string returnTo, bool recordCsp = false)
    {
        var probe = await OpenAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnTo), recordCsp);
        var page = probe.Page;
        await page.Locator("#signin-user").FillAsync(user);
        await page.Locator("#signin-password").FillAsync(SignInClient.Password);
        await page.Locator("#signin-submit").ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).PathAndQuery == returnTo, new() { Timeout = 20_000 });
        await page.Locator("#user-name").WaitForAsync(new() { Timeout = 20_000 });
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }
}
