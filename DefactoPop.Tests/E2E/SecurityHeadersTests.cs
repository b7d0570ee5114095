using System.Net;
using System.Text.RegularExpressions;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Hosting;

namespace DefactoPop.Tests.E2E;

/// <summary>The security headers on real responses of the app on Kestrel, antiforgery on page posts, the language redirect.</summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private DashboardAppFactory _app = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _app = new DashboardAppFactory();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.Start()) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Page_Get_CspNonceMatchesTheImportMap()
    {
        using var response = await _http.GetAsync("/map");
        var html = await response.Content.ReadAsStringAsync();

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NoncePattern().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        // A fresh nonce per response.
        using var again = await _http.GetAsync("/map");
        Assert.NotEqual(csp, string.Join(";", again.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/geo/gu.geojson")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/no-such-page-at-all/x/y")]
    public async Task AnyResponse_Get_CarriesNosniffReferrerAndPermissionsPolicy(string url)
    {
        using var response = await _http.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var permissions = response.Headers.GetValues("Permissions-Policy").Single();
        Assert.Contains("fullscreen=(self)", permissions, StringComparison.Ordinal);
        Assert.Contains("screen-wake-lock=(self)", permissions, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        // Development (the test host): no HSTS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PagePost_WithoutAntiforgeryToken_IsRefused()
    {
        using var content = new FormUrlEncodedContent([new("_handler", "x")]);

        using var response = await _http.PostAsync("/releases", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_Get_HaveNoFormWithoutAnAntiforgeryToken()
    {
        foreach (var path in new[] { "/", "/map", "/compare", "/swings", "/foreigners", "/method", "/releases", "/siting", "/briefing" })
        {
            var html = await _http.GetStringAsync(path);
            var forms = FormPattern().Matches(html);
            Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("/map?hour=9", "/map?hour=9")]
    [InlineData("/map?gu=서울", "/map?gu=%EC%84%9C%EC%9A%B8")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example/x", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/a\r\nX-Injected: 1", "/a%0D%0AX-Injected:%201")]
    public async Task Culture_ReturnUrl_RedirectsOnlyWithinTheSite(string returnUrl, string expected)
    {
        using var response = await _http.GetAsync("/culture?lang=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org")]
    [InlineData("http://tiles.example:8080/{z}/{x}/{y}.png", "http://tiles.example:8080")]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("javascript:alert(1)//{z}", null)]
    [InlineData("https://a.example; script-src *", null)]
    public void TileOrigin_TileUrl_IsTheCspSourceOfItsOrigin(string? tileUrl, string? expected) =>
        Assert.Equal(expected, SecurityHeaders.TileOrigin(tileUrl));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();
}
