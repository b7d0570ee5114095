using DefactoPop.Core.Domain;
using DefactoPop.Tests.Data;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;

namespace DefactoPop.Tests.Cli;

/// <summary>backup --to FILE and restore --from FILE on a PostgreSQL store (pg_dump and pg_restore).</summary>
public sealed class PostgresBackupCommandTests
{
    private static async Task<TestStore> StoreWithRowsAsync()
    {
        var store = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        await StoreFixtures.SeedZonesAsync(store);
        var good = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);
        await store.Imports.ImportFileAsync(store.WriteFile(good.FileName, good.Bytes));
        return store;
    }

    [PostgresFact]
    public async Task BackupThenRestoreOnPostgres_IntoAnotherDatabase_KeepsEveryRowAndLeavesNoPartialFile()
    {
        // Arrange
        await using var store = await StoreWithRowsAsync();
        var before = await store.FingerprintAsync();
        var backup = Path.Combine(store.Directory, "backups", "store.dump");
        await using var other = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        Assert.NotEqual(before, await other.FingerprintAsync());

        // Act
        var backedUp = await CliApp.RunAsync(["backup", "--db", store.Db, "--to", backup]);
        var restored = await CliApp.RunAsync(["restore", "--from", backup, "--db", other.Db]);

        // Assert
        Assert.Equal(0, backedUp);
        Assert.Equal(0, restored);
        Assert.True(new FileInfo(backup).Length > 0);
        Assert.False(File.Exists(backup + ".partial"));
        PostgresBackup.Verify(backup);
        Assert.Equal(before, await other.FingerprintAsync());
        Assert.Contains("PopBlock=", before);
        Assert.DoesNotContain("PopBlock=0;", before);
    }

    [PostgresFact]
    public async Task RestoreOnPostgres_NotADump_RefusesAndLeavesTheStoreUntouched()
    {
        await using var store = await StoreWithRowsAsync();
        var before = await store.FingerprintAsync();
        var bogus = store.WriteFile("notes.dump", "this is not a dump"u8.ToArray());

        var error = await Assert.ThrowsAsync<StoreBackupException>(() =>
            PostgresBackup.RestoreAsync(bogus, store.Db, new Web.Data.Import.ImportLock(Path.Combine(store.Directory, "lock"))));
        var code = await CliApp.RunAsync(["restore", "--from", bogus, "--db", store.Db]);

        Assert.Contains("is not a PostgreSQL dump", error.Message, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal(before, await store.FingerprintAsync());
    }
}
