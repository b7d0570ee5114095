using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// The default dashboard shows what the release publishes: no 집계구 stratum of 3 persons or fewer appears as a number,
/// in the map's tooltip, its table or its CSV. The internal mode says so on every page.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class DisclosureE2ETests(Sqlite2017StoreFixture fixture)
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 4), 4);

    [Fact]
    public async Task Map_DefaultViewOfOaStrata_NoSmallCellShownAsANumber()
    {
        var query = new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus);
        var zones = await fixture.Store.Read.GetZonesAsync(ZoneLevel.Oa);
        var raw = await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Oa, query);
        var small = Enumerable.Range(0, zones.Count).Where(i => raw.Values[i] <= 3).ToList();
        Assert.True(small.Count >= 3, $"{small.Count} small cells");
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync($"/map?level=oa&date={s_slot.Date:yyyy-MM-dd}&hour={s_slot.Hour}&sex=f&band={(int)AgeBand.A70Plus}");
        var page = probe.Page;
        await PageProbe.WaitForMapAsync(page, timeout: 30_000);
        Assert.Equal(0, await page.Locator("#internal-banner").CountAsync());

        // The tooltip of every cell that is small in the raw estimates: masked, no figure.
        foreach (var i in small)
        {
            var text = await page.EvaluateAsync<string>("([code]) => { const m = document.getElementById('choropleth').choropleth; return m.tooltipText(m.indexOf(code)); }",
                new object[] { zones[i].Code });
            Assert.Contains("– *", text, StringComparison.Ordinal);
        }
        // The whole table, as its CSV download.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#map-table-csv"));
        var path = Path.Combine(Path.GetTempPath(), "dp-disclosure-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        var lines = File.ReadAllLines(path).Skip(1).ToList();
        File.Delete(path);
        Assert.Equal(zones.Count, lines.Count);
        var shownSmall = lines.Select(l => l.Split(',')[3].Trim('"'))
            .Where(v => v.Length > 0)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
            .Count(v => v <= 3);
        Assert.Equal(0, shownSmall);
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Layout_InternalModeAnalyst_BannerOnEveryPage()
    {
        await using var browser = await AuthBrowser.StartAsync(fixture.Store.DbPath, internalMode: true);
        var analyst = await browser.SignInAsync(AuthBrowser.UserOf(Web.Data.Auth.AuthRoles.Analyst), "/");
        foreach (var url in new[] { "/", "/map?level=dong", "/method" })
        {
            await analyst.Page.GotoAsync(url);
            var banner = analyst.Page.Locator("#internal-banner");
            await banner.WaitForAsync(new() { Timeout = 20_000 });
            Assert.Contains("내부용", await banner.InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>The internal mode is per user: a visitor who did not sign in (a viewer) reads the public view, and is told so.</summary>
    [Fact]
    public async Task Layout_InternalModeAnonymous_PublicViewNoBanner()
    {
        await using var browser = await AuthBrowser.StartAsync(fixture.Store.DbPath, internalMode: true);
        var probe = await browser.OpenAsync("/method");
        await probe.Page.Locator("#data-note").WaitForAsync(new() { Timeout = 20_000 });

        Assert.Equal(0, await probe.Page.Locator("#internal-banner").CountAsync());
        Assert.Contains("3명 이하", await probe.Page.Locator("#data-note").InnerTextAsync(), StringComparison.Ordinal);
    }
}
