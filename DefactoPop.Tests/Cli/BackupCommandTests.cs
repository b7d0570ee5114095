using DefactoPop.Core.Domain;
using DefactoPop.Tests.Data;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Tests.Cli;

/// <summary>backup --to FILE and restore --from FILE on a tiny store.</summary>
public sealed class BackupCommandTests
{
    private static async Task<TestStore> StoreWithRowsAsync()
    {
        var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var good = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);
        await store.Imports.ImportFileAsync(store.WriteFile(good.FileName, good.Bytes));
        return store;
    }

    [Fact]
    public async Task BackupThenRestore_IntoAnotherStore_KeepsEveryRowAndLeavesNoPartialFile()
    {
        // Arrange
        await using var store = await StoreWithRowsAsync();
        var before = await store.FingerprintAsync();
        var backup = Path.Combine(store.Directory, "backups", "store.bak");
        await using var other = await TestStore.CreateAsync();

        // Act
        var backedUp = await CliApp.RunAsync(["backup", "--db", store.DbPath, "--to", backup]);
        var restored = await CliApp.RunAsync(["restore", "--from", backup, "--db", other.DbPath]);

        // Assert: both verbs succeed, the copy is whole, and the restored store has the same rows and contents.
        Assert.Equal(0, backedUp);
        Assert.Equal(0, restored);
        Assert.False(File.Exists(backup + ".partial"));
        Assert.Equal("ok", StoreBackup.Verify(backup).Integrity);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await other.FingerprintAsync());
        Assert.DoesNotContain(Directory.GetFiles(store.Directory), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_NotAStoreFile_RefusesNamingTheFileAndLeavesTheStoreUntouched()
    {
        await using var store = await StoreWithRowsAsync();
        var before = await store.FingerprintAsync();
        var bogus = store.WriteFile("notes.db", "this is not a database"u8.ToArray());

        var error = Assert.Throws<StoreBackupException>(() => StoreBackup.Restore(bogus, store.DbPath));
        var code = await CliApp.RunAsync(["restore", "--from", bogus, "--db", store.DbPath]);

        Assert.Contains(bogus, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a DefactoPop store", error.Message, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal(before, await store.FingerprintAsync());
    }

    [Fact]
    public async Task Restore_SqliteFileWithoutStoreTables_RefusesNamingTheMissingTables()
    {
        await using var store = await TestStore.CreateAsync();
        var foreign = Path.Combine(store.Directory, "foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x INTEGER)";
            await cmd.ExecuteNonQueryAsync();
        }

        var error = Assert.Throws<StoreBackupException>(() => StoreBackup.Restore(foreign, store.DbPath));

        Assert.Contains(foreign, error.Message, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WhileAnImportHoldsTheStore_IsRefusedAndTheStoreIsUntouched()
    {
        await using var store = await StoreWithRowsAsync();
        var backup = Path.Combine(store.Directory, "store.bak");
        StoreBackup.Backup(store.DbPath, backup);
        await using var empty = await TestStore.CreateAsync();
        var before = await empty.FingerprintAsync();

        using (var held = new ImportLock(empty.DbPath).TryAcquire())
        {
            Assert.NotNull(held);
            var error = Assert.Throws<StoreBackupException>(() => StoreBackup.Restore(backup, empty.DbPath));
            Assert.Contains("another process is importing", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await empty.FingerprintAsync());
    }
}
