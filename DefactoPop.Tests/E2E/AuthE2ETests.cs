using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Auth;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// Sign-in in Chromium over the simulated 2017 store in the internal mode: the form signs an analyst in, whose circuit
/// then reads raw figures (the banner, unmasked small cells), while an anonymous viewer's map stays masked whatever
/// the query string says; an admin reads the audit log with the CSP on.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class AuthE2ETests(Sqlite2017StoreFixture fixture)
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 4), 4);

    private static string MapUrl => $"/map?level=oa&date={s_slot.Date:yyyy-MM-dd}&hour={s_slot.Hour}&sex=f&band={(int)AgeBand.A70Plus}";

    [Fact]
    public async Task SignIn_AnalystInInternalMode_RawOnScreenWhileAnonymousStaysMasked()
    {
        var query = new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus);
        var zones = await fixture.Store.Read.GetZonesAsync(ZoneLevel.Oa);
        var raw = await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Oa, query);
        var small = Enumerable.Range(0, zones.Count).Where(i => raw.Values[i] is > 0 and <= 3).Take(3).ToList();
        Assert.NotEmpty(small);
        await using var app = await AuthBrowser.StartAsync(fixture.Store.DbPath, internalMode: true);

        // Anonymous, with every trick a query string could try: the public view.
        var anonymous = await app.OpenAsync(MapUrl + "&internal=1&mode=raw&disclosure=internal&role=analyst");
        await PageProbe.WaitForMapAsync(anonymous.Page, timeout: 30_000);
        Assert.Equal(0, await anonymous.Page.Locator("#internal-banner").CountAsync());
        foreach (var i in small)
            Assert.Contains("– *", await TooltipAsync(anonymous.Page, zones[i].Code), StringComparison.Ordinal);
        await Expect(anonymous.Page.Locator("#user-signin")).ToBeVisibleAsync();

        // The analyst signs in through the form, returns to the map, and sees the raw figures.
        var analyst = await app.SignInAsync(AuthBrowser.UserOf(AuthRoles.Analyst), MapUrl);
        await PageProbe.WaitForMapAsync(analyst.Page, timeout: 30_000);
        await Expect(analyst.Page.Locator("#internal-banner")).ToBeVisibleAsync();
        Assert.Contains(AuthBrowser.UserOf(AuthRoles.Analyst), await analyst.Page.Locator("#user-name").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var i in small)
            Assert.DoesNotContain("*", await TooltipAsync(analyst.Page, zones[i].Code), StringComparison.Ordinal);
        Assert.Empty(anonymous.Errors);
        Assert.Empty(analyst.Errors);
    }

    [Fact]
    public async Task Audit_AdminSignedIn_ListsTheSignInWithNoCspViolation()
    {
        await using var app = await AuthBrowser.StartAsync(fixture.Store.DbPath, internalMode: false);
        var admin = await app.SignInAsync(AuthBrowser.UserOf(AuthRoles.Admin), "/audit?action=sign-in", recordCsp: true);

        var rows = admin.Page.Locator("#audit-table tbody tr");
        await rows.First.WaitForAsync(new() { Timeout = 20_000 });

        Assert.Contains(AuthBrowser.UserOf(AuthRoles.Admin), await admin.Page.Locator("#audit-table tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All(await admin.Page.Locator("#audit-table .dp-audit-action").AllInnerTextsAsync(), a => Assert.Equal(AuditActions.SignIn, a));
        await Expect(admin.Page.Locator("#user-audit")).ToBeVisibleAsync();
        Assert.Empty(await admin.Page.EvaluateAsync<string[]>("() => window.__csp"));
        Assert.Empty(admin.Errors);
        // The admin's page passes the same WCAG audit as the others (axe is evaluated through DevTools, past the CSP).
        var found = await Axe.ViolationsAsync(admin.Page);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task SignOut_SignedInViewer_BackToAnonymous()
    {
        await using var app = await AuthBrowser.StartAsync(fixture.Store.DbPath, internalMode: false);
        var viewer = await app.SignInAsync(AuthBrowser.UserOf(AuthRoles.Viewer), "/method");
        await viewer.Page.Locator("#user-signout").ClickAsync();
        await viewer.Page.Locator("#signout-submit").ClickAsync();

        await Expect(viewer.Page.Locator("#user-signin")).ToBeVisibleAsync();
        Assert.Equal(0, await viewer.Page.Locator("#user-name").CountAsync());
    }

    private static Task<string> TooltipAsync(IPage page, string code) =>
        page.EvaluateAsync<string>("([code]) => { const m = document.getElementById('choropleth').choropleth; return m.tooltipText(m.indexOf(code)); }",
            new object[] { code });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
