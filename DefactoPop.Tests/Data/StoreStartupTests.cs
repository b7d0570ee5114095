using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>A verb's start-up skips EF's migration check on a current store, and only then.</summary>
public class StoreStartupTests
{
    [Fact]
    public async Task LatestMigration_IsEfsLastMigration()
    {
        await using var store = await TestStore.CreateAsync();
        var database = store.Services.GetRequiredService<StoreDatabase>();
        await using var db = await database.Contexts.CreateDbContextAsync();

        Assert.Equal(db.Database.GetMigrations().Last(), StoreDatabase.LatestMigration);
        Assert.Equal(StoreDatabase.LatestMigration, await database.AppliedMigrationAsync());
    }

    [Fact]
    public async Task Migrate_StoreWithoutHistory_IsMigrated()
    {
        await using var store = await TestStore.CreateAsync();
        var database = store.Services.GetRequiredService<StoreDatabase>();
        await using (var connection = await database.OpenAsync())
        await using (var cmd = connection.CreateCommand())
        {
            // A store whose history table lost its rows looks unmigrated: the fast path must not trust it.
            cmd.CommandText = "DELETE FROM __EFMigrationsHistory";
            await cmd.ExecuteNonQueryAsync();
        }
        Assert.Null(await database.AppliedMigrationAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => database.MigrateAsync());
    }
}
