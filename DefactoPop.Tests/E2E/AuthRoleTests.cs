using System.Net;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Api;
using DefactoPop.Web.Data.Auth;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using A = DocumentFormat.OpenXml.Drawing;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// Each role over HTTP against the real app on the simulated 2017 store with Disclosure:Mode=internal: who reaches the
/// admin pages, who gets raw figures in the server-built downloads, and that no query string turns a viewer into an analyst.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class AuthRoleTests(Sqlite2017StoreFixture fixture)
{
    private const string DeckQuery = "/briefing/deck.pptx?from=2017-10-02&to=2017-10-04&hour=13";

    [Fact]
    public async Task AuditPage_EachRole_OnlyAdminGetsIt()
    {
        await using var app = await StartAsync(internalMode: true);

        using var anonymous = SignInClient.Anonymous(app.BaseUrl);
        using var refused = await anonymous.Http.GetAsync("/audit?action=export");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Faudit%3Faction%3Dexport", PathOf(refused));

        foreach (var role in new[] { AuthRoles.Viewer, AuthRoles.Analyst })
        {
            using var client = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(role));
            using var denied = await client.Http.GetAsync("/audit");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/signin?denied=1", PathOf(denied), StringComparison.Ordinal);
        }

        using var admin = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Admin));
        using var allowed = await admin.Http.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Deck_InternalMode_RawOnlyForAnalystAndAdminWhateverTheQuery()
    {
        await using var app = await StartAsync(internalMode: true);
        var cases = new (string? User, string Query, bool Raw)[]
        {
            (null, DeckQuery, false),
            (null, DeckQuery + "&internal=1&mode=raw&disclosure=internal&role=admin", false),
            (AuthRoles.Viewer, DeckQuery, false),
            (AuthRoles.Viewer, DeckQuery + "&internal=true&mode=raw", false),
            (AuthRoles.Analyst, DeckQuery, true),
            (AuthRoles.Admin, DeckQuery, true),
        };
        foreach (var (role, query, raw) in cases)
        {
            using var client = role is null ? SignInClient.Anonymous(app.BaseUrl) : await SignInClient.SignedInAsync(app.BaseUrl, UserOf(role));
            using var response = await client.Http.GetAsync(query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = DeckText(await response.Content.ReadAsByteArrayAsync());
            Assert.True(raw == text.Contains(PptxDeckWriter.InternalNotice, StringComparison.Ordinal), $"{role ?? "anonymous"} {query}: raw expected {raw}");
        }
        var exports = await app.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.Export, UserOf(AuthRoles.Analyst)));
        Assert.Contains(exports, e => e.Target!.StartsWith("/briefing/deck.pptx", StringComparison.Ordinal) && e.Target.EndsWith("(raw)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RawView_InternalModePageOpened_RecordedForAnalystNotForViewer()
    {
        await using var app = await StartAsync(internalMode: true);
        var marker = "/map?level=gu&hour=" + Random.Shared.Next(0, 24) + "&probe=" + Guid.NewGuid().ToString("N");
        using var viewer = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Viewer));
        using var analyst = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Analyst));

        using (var asViewer = await viewer.Http.GetAsync(marker))
            Assert.Equal(HttpStatusCode.OK, asViewer.StatusCode);
        using (var asAnalyst = await analyst.Http.GetAsync(marker))
            Assert.Equal(HttpStatusCode.OK, asAnalyst.StatusCode);

        var rawViews = (await app.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.RawView))).Where(e => e.Target == marker).ToList();
        var entry = Assert.Single(rawViews);
        Assert.Equal((UserOf(AuthRoles.Analyst), AuthRoles.Analyst), (entry.User, entry.Role));
    }

    [Fact]
    public async Task Deck_PublicMode_NoRoleGetsRaw()
    {
        await using var app = await StartAsync(internalMode: false);
        using var admin = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Admin));

        using var response = await admin.Http.GetAsync(DeckQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(PptxDeckWriter.InternalNotice, DeckText(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenDataApi_InternalModeAnalyst_SameMaskedAnswerAsAnonymous()
    {
        await using var app = await StartAsync(internalMode: true);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().AddAsync("roles-" + Guid.NewGuid().ToString("N"));
        var url = $"/{key}/json/{SeoulApiServices.DongDomestic}/1/1000/20171004/04";
        using var anonymous = SignInClient.Anonymous(app.BaseUrl);
        using var analyst = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Analyst));

        var asAnonymous = await anonymous.Http.GetStringAsync(url);
        var asAnalyst = await analyst.Http.GetStringAsync(url);

        Assert.Contains("TOT_LVPOP_CO", asAnonymous, StringComparison.Ordinal);
        Assert.Equal(asAnonymous, asAnalyst);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Refused()
    {
        await using var app = await StartAsync(internalMode: false);
        using var client = SignInClient.Anonymous(app.BaseUrl);

        using var response = await client.Http.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("user", UserOf(AuthRoles.Admin)), new("password", SignInClient.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(client.Cookies.GetAllCookies(), c => c.Name == "defactopop.auth");
    }

    [Fact]
    public async Task SignIn_WrongPassword_RefusedAndAudited()
    {
        await using var app = await StartAsync(internalMode: false);
        using var client = SignInClient.Anonymous(app.BaseUrl);

        using var response = await client.PostSignInAsync(UserOf(AuthRoles.Analyst), "not-the-password-9");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin?error=1", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(client.Cookies.GetAllCookies(), c => c.Name == "defactopop.auth");
        var failed = await app.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.SignInFailed, UserOf(AuthRoles.Analyst)));
        Assert.NotEmpty(failed);
        Assert.All(failed, e => Assert.False(e.Succeeded));
    }

    [Fact]
    public async Task SignInRequired_Anonymous_OnlySignInStaticHealthAndKeyedApi()
    {
        await using var app = await StartAsync(internalMode: false, anonymousViewer: false);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().AddAsync("roles-" + Guid.NewGuid().ToString("N"));
        using var anonymous = SignInClient.Anonymous(app.BaseUrl);

        foreach (var path in new[] { "/", "/map?level=gu", "/releases", "/audit", DeckQuery, "/briefing/animation.gif?date=2017-10-04&level=gu", "/geo/gu.geojson" })
        {
            using var refused = await anonymous.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/signin?returnUrl=", PathOf(refused), StringComparison.Ordinal);
        }
        foreach (var path in new[] { "/signin", "/signin?lang=en", "/healthz", "/css/app.css", $"/{key}/json/{SeoulApiServices.GuDomestic}/1/5/20171004/04" })
        {
            using var open = await anonymous.Http.GetAsync(path);
            Assert.True(open.StatusCode == HttpStatusCode.OK, $"{path}: {open.StatusCode}");
        }
        Assert.Contains("TOT_LVPOP_CO", await anonymous.Http.GetStringAsync($"/{key}/json/{SeoulApiServices.GuDomestic}/1/5/20171004/04"), StringComparison.Ordinal);
        Assert.DoesNotContain("signin-anonymous", await anonymous.Http.GetStringAsync("/signin"), StringComparison.Ordinal); // no "public view without sign-in" promise

        using var viewer = await SignInClient.SignedInAsync(app.BaseUrl, UserOf(AuthRoles.Viewer));
        using var home = await viewer.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private static string UserOf(string role) => AuthBrowser.UserOf(role);

    private async Task<RoleApp> StartAsync(bool internalMode, bool anonymousViewer = true)
    {
        var app = DashboardAppFactory.ForDatabase(fixture.Store.DbPath, new Dictionary<string, string>
        {
            ["Disclosure:Mode"] = internalMode ? "internal" : "public",
            ["Auth:AnonymousViewer"] = anonymousViewer ? "true" : "false",
        });
        var baseUrl = app.Start();
        foreach (var role in AuthRoles.All)
            await SignInClient.EnsureUserAsync(app.Services, UserOf(role), role);
        return new RoleApp(app, baseUrl);
    }

    /// <summary>The path and query a redirect points to (absolute or relative).</summary>
    private static string PathOf(HttpResponseMessage response) =>
        new Uri(new Uri("http://host/"), response.Headers.Location ?? new Uri("/", UriKind.Relative)).PathAndQuery;

    private static string DeckText(byte[] pptx)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(pptx), false);
        return string.Join("\n", doc.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<A.Text>()).Select(t => t.Text));
    }

    private sealed class RoleApp(DashboardAppFactory app, string baseUrl) : IAsyncDisposable
    {
        public string BaseUrl { get; } = baseUrl;

        public IServiceProvider Services => app.Services;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
