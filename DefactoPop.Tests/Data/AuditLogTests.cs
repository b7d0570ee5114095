using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Components.Pages;
using DefactoPop.Web.Data.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DefactoPop.Tests.Data;

/// <summary>The audit log in the store's database: written, filtered by action, user and KST dates, newest first; the /audit page's URL.</summary>
public sealed class AuditLogTests
{
    [Fact]
    public async Task Query_ActionUserAndKstDates_OnlyMatchingNewestFirst()
    {
        await using var store = await TestStore.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 14, 59, 0, TimeSpan.Zero)); // 23:59 KST, 1 Dec
        await using var services = AuthServices.For(store, time: time);
        var log = services.GetRequiredService<AuditLog>();
        await services.GetRequiredService<AuthStore>().MigrateAsync();

        await log.WriteAsync(AuditActions.SignIn, "kim", AuthRoles.Admin, null);
        time.Advance(TimeSpan.FromMinutes(2)); // 00:01 KST, 2 Dec
        await log.WriteAsync(AuditActions.Export, "kim", AuthRoles.Admin, "/briefing/deck.pptx");
        await log.WriteAsync(AuditActions.Export, "lee", AuthRoles.Analyst, "/briefing/deck.pdf");
        await log.WriteAsync(AuditActions.SignInFailed, "lee", AuthRoles.Viewer, null, succeeded: false);

        var all = await log.QueryAsync(new AuditQuery());
        var exports = await log.QueryAsync(new AuditQuery(AuditActions.Export));
        var lee = await log.QueryAsync(new AuditQuery(User: "lee"));
        var firstDay = await log.QueryAsync(new AuditQuery(From: new DateOnly(2026, 12, 1), To: new DateOnly(2026, 12, 1)));
        var secondDay = await log.QueryAsync(new AuditQuery(From: new DateOnly(2026, 12, 2)));

        Assert.Equal([AuditActions.SignInFailed, AuditActions.Export, AuditActions.Export, AuditActions.SignIn], all.Select(e => e.Action));
        Assert.Equal(["lee", "kim"], exports.Select(e => e.User));
        Assert.Equal([AuditActions.SignInFailed, AuditActions.Export], lee.Select(e => e.Action));
        Assert.False(lee[0].Succeeded);
        Assert.Equal(AuditActions.SignIn, Assert.Single(firstDay).Action);
        Assert.Equal(3, secondDay.Count);
        Assert.Equal(time.GetUtcNow(), all[0].At);
    }

    [Fact]
    public void AuditPage_BadFilters_DefaultView()
    {
        var query = Audit.Parse("<script>", "  ", "2026-13-45", "yesterday");

        Assert.Equal(new AuditQuery(), query);
        Assert.Equal("/audit?lang=en", Audit.Url(query, "en"));
    }

    [Fact]
    public void AuditPage_Filters_RoundTripThroughTheUrl()
    {
        var query = new AuditQuery(AuditActions.Export, "kim lee", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7));

        var url = Audit.Url(query, "ko");

        Assert.Equal("/audit?action=export&user=kim%20lee&from=2026-12-01&to=2026-12-07", url);
        Assert.Equal(query, Audit.Parse("export", "kim lee", "2026-12-01", "2026-12-07"));
    }
}
