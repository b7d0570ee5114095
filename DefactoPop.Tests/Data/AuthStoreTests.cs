using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>Users and the audit log beside the store: same file, own migrations and history table, the store's provider.</summary>
public sealed class AuthStoreTests
{
    [Fact]
    public async Task Migrate_StoreFile_OwnHistoryTableBesideTheStoresAndLatestNamed()
    {
        await using var store = await TestStore.CreateAsync();
        await using var services = AuthServices.For(store);
        var auth = services.GetRequiredService<AuthStore>();

        await auth.MigrateAsync();
        await auth.MigrateAsync(); // current: a no-op

        await using var db = await auth.Contexts.CreateDbContextAsync();
        Assert.Equal(AuthStore.LatestMigration, db.Database.GetMigrations().Last());
        Assert.Equal(AuthStore.LatestMigration, await auth.AppliedMigrationAsync());
        Assert.Equal(StoreDatabase.LatestMigration, await store.Database.AppliedMigrationAsync());
        await using var connection = new SqliteConnection(store.Database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM \"{AuthStore.HistoryTable}\" WHERE MigrationId LIKE '%Initial%'";
        Assert.Equal(0L, await cmd.ExecuteScalarAsync()); // the store's migrations are not in the auth history
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('AspNetUsers', 'AspNetRoles', 'AuditLog')";
        Assert.Equal(3L, await cmd.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task Migrate_PostgresStore_OwnHistoryTableBesideTheStoresAndLatestNamed()
    {
        await using var store = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        await using var services = AuthServices.For(store);
        var auth = services.GetRequiredService<AuthStore>();

        await auth.MigrateAsync();
        await auth.MigrateAsync(); // current: a no-op

        await using var db = await auth.Contexts.CreateDbContextAsync();
        Assert.IsType<PostgresAuthDbContext>(db);
        Assert.Equal("postgres", auth.Provider);
        Assert.Equal(AuthStore.LatestPostgresMigration, db.Database.GetMigrations().Last());
        Assert.Equal(AuthStore.LatestPostgresMigration, await auth.AppliedMigrationAsync());
        Assert.Equal(StoreDatabase.LatestPostgresMigration, await store.Database.AppliedMigrationAsync());
        await using var connection = await store.Database.OpenConnectionAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM \"{AuthStore.HistoryTable}\" WHERE \"MigrationId\" LIKE '%Initial%'";
        Assert.Equal(0L, await cmd.ExecuteScalarAsync());
        cmd.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('AspNetUsers', 'AspNetRoles', 'AuditLog')";
        Assert.Equal(3L, await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public void Configure_Sqlite_OwnHistoryTable()
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>();

        AuthStore.Configure(options, "Data Source=:memory:");

        var relational = Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(options.Options);
        Assert.Equal(AuthStore.HistoryTable, relational.MigrationsHistoryTableName);
        Assert.Contains(options.Options.Extensions, e => e.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal));
    }
}
