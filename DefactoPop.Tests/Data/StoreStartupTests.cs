using System.Security.Cryptography;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
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

        Assert.Equal(StoreDatabase.LatestMigration, db.Database.GetMigrations().Last());
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

    [Fact]
    public async Task Migrate_CurrentStoreWithAKilledMigrationsLockFile_RemovesIt()
    {
        await using var store = await TestStore.CreateAsync();
        var lockPath = MigrationGate.LockPath(store.DbPath);
        await File.WriteAllBytesAsync(lockPath, []); // what a migration killed after its last step leaves

        await store.Database.MigrateAsync();

        Assert.False(File.Exists(lockPath));
    }

    [Fact]
    public async Task Migrate_CurrentStoreWhileAnotherHoldsTheLock_LeavesItsLock()
    {
        await using var store = await TestStore.CreateAsync();
        var lockPath = MigrationGate.LockPath(store.DbPath);
        await using var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        await store.Database.MigrateAsync();

        Assert.True(File.Exists(lockPath));
    }

    [Fact]
    public async Task Import_File_RecordsTheSha256OfItsWholeContent()
    {
        // The hash is taken while the file is read for parsing, then over what the parser left unread.
        var fixture = OfficialFileFixtures.All().First();
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var path = store.WriteFile(fixture.FileName, [.. fixture.Bytes, .. "\r\n\r\n"u8.ToArray()]);

        await store.Imports.ImportFileAsync(path);

        await using var db = await store.Database.Contexts.CreateDbContextAsync();
        var recorded = await db.ImportedFiles.SingleAsync(f => f.FileName == fixture.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), recorded.Sha256);
    }
}
