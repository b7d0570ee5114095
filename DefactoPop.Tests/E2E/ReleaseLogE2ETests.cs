using System.Security.Cryptography;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Tests.Data;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// The release log page over a release folder that the dashboard's own watcher fills from an inbox: each day with its
/// files (downloadable, checksums matching), and a reprocess action that is off unless allowed, and an admin's.
/// </summary>
public sealed class ReleaseLogE2ETests : IDisposable
{
    private readonly TinyDropCity _city = new();
    private readonly string _db = Path.Combine(Path.GetTempPath(), "dp-releases-" + Guid.NewGuid().ToString("N") + ".db");

    private string Root => Path.Combine(_city.Drops.Root, "released");

    public void Dispose()
    {
        _city.Dispose();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_db) + "*"))
            File.Delete(f);
    }

    private Dictionary<string, string> Settings(bool allowReprocess) => new()
    {
        ["Releases:Root"] = Root,
        ["Releases:Inbox"] = _city.DropsRoot,
        ["Releases:City"] = _city.City,
        ["Releases:AllowReprocess"] = allowReprocess ? "true" : "false",
    };

    [Fact]
    public async Task ReleasesPage_WatcherPublishedTheInbox_DaysFilesAndChecksums()
    {
        await using var browser = await StoreBrowser.StartAsync(_db, Settings(allowReprocess: false));
        await WaitForDaysAsync(3);
        var probe = await browser.OpenAsync("/releases");
        var page = probe.Page;
        var rows = page.Locator("#releases-table tbody tr");
        await rows.First.WaitForAsync(new() { Timeout = 20_000 });

        Assert.Equal(3, await rows.CountAsync());
        Assert.Equal("2017-10-12", await rows.First.GetAttributeAsync("data-date"));
        Assert.True(await rows.First.Locator(".dp-reprocess").IsDisabledAsync());
        var manifest = ReleaseManifest.TryRead(new ReleaseFolders(Root).Day(new DateOnly(2017, 10, 12)))!;
        var file = manifest.Files.First(f => f.Name.StartsWith("LOCAL_PEOPLE_2017", StringComparison.Ordinal));
        var link = rows.First.Locator($"a[download='{file.Name}']");
        var response = await page.APIRequest.GetAsync(browser.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal(200, response.Status);
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(await response.BodyAsync())));
        Assert.Equal(404, (await page.APIRequest.GetAsync(browser.BaseUrl + "/releases/20171012/..%2Fmanifest.json")).Status);
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task ReleasesPage_ReprocessAllowedAdmin_PublishesTheNextRevision()
    {
        await using var browser = await AuthBrowser.StartAsync(_db, internalMode: false, Settings(allowReprocess: true));
        await WaitForDaysAsync(3);
        // Reprocessing is an admin's: disabled for a visitor and for an analyst.
        foreach (var role in new[] { (string?)null, AuthRoles.Analyst })
        {
            var other = role is null ? await browser.OpenAsync("/releases") : await browser.SignInAsync(AuthBrowser.UserOf(role), "/releases");
            var button = other.Page.Locator("#releases-table tbody tr[data-date='2017-10-11'] .dp-reprocess");
            await button.WaitForAsync(new() { Timeout = 20_000 });
            Assert.True(await button.IsDisabledAsync(), $"{role ?? "anonymous"} may reprocess");
            await other.Page.Context.CloseAsync();
        }
        var probe = await browser.SignInAsync(AuthBrowser.UserOf(AuthRoles.Admin), "/releases");
        var page = probe.Page;
        var row = page.Locator("#releases-table tbody tr[data-date='2017-10-11']");
        await row.WaitForAsync(new() { Timeout = 20_000 });

        await row.Locator(".dp-reprocess").ClickAsync();

        await page.Locator("#releases-message").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(2, ReleaseManifest.TryRead(new ReleaseFolders(Root).Day(new DateOnly(2017, 10, 11)))!.Revision);
        Assert.Equal("2", (await row.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Empty(probe.Errors);
        var audit = await browser.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.Reprocess));
        Assert.Contains(audit, e => e.User == AuthBrowser.UserOf(AuthRoles.Admin) && e.Target!.StartsWith("2017-10-11", StringComparison.Ordinal));
    }

    private async Task WaitForDaysAsync(int count)
    {
        for (var i = 0; i < 120 && new ReleaseFolders(Root).Days().Count < count; i++)
            await Task.Delay(500);
        Assert.Equal(count, new ReleaseFolders(Root).Days().Count);
    }
}
