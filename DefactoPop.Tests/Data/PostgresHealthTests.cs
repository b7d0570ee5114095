using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Releases;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DefactoPop.Tests.Data;

/// <summary>/healthz's store check on PostgreSQL: a migrated database answers; a database that is gone does not.</summary>
public sealed class PostgresHealthTests
{
    [PostgresFact]
    public async Task Health_PostgresStore_ReachableUntilItsDatabaseIsDropped()
    {
        await using var store = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        var health = new StoreHealth(store.Database, store.Services.GetRequiredService<ReleaseLog>(), TimeProvider.System, NullLogger<StoreHealth>.Instance);

        var up = await health.CheckAsync();
        await PostgresTestServer.DropDatabaseAsync(store.Db);
        var down = await health.CheckAsync();

        Assert.Equal(("ok", true, "postgres"), (up.Status, up.Database.Reachable, up.Database.Provider));
        Assert.Equal(("unavailable", false), (down.Status, down.Database.Reachable));
    }
}
