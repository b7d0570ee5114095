using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Auth;

/// <summary>
/// Where users and the audit log live: the store's own database (the --db file), with the provider Data:Provider names.
/// SQLite is the one provider built today; another (PostgreSQL) plugs in at <see cref="Configure"/> with its own
/// migrations, and nothing else here changes.
/// </summary>
public sealed class AuthStore(IDbContextFactory<AuthDbContext> contexts, StoreDatabase store, IConfiguration configuration)
{
    /// <summary>Data:Provider ("sqlite" when unset).</summary>
    public string Provider { get; } = string.IsNullOrWhiteSpace(configuration["Data:Provider"]) ? "sqlite" : configuration["Data:Provider"]!.Trim().ToLowerInvariant();

    public const string HistoryTable = "__AuthMigrationsHistory";

    /// <summary>The newest migration of <see cref="AuthDbContext"/> (AuthStoreTests fails when a new one is added without updating it).</summary>
    public const string LatestMigration = "20261207231728_Users";

    public IDbContextFactory<AuthDbContext> Contexts { get; } = contexts;

    /// <summary>Sets the provider of the auth context from Data:Provider ("sqlite", the default) and the store's connection string.</summary>
    public static void Configure(DbContextOptionsBuilder options, string? provider, string connectionString)
    {
        switch (provider?.Trim().ToLowerInvariant())
        {
            case null or "" or "sqlite":
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(HistoryTable));
                break;
            default:
                throw new NotSupportedException(
                    $"Data:Provider '{provider}' has no migrations for users and the audit log yet (Data/Auth/Migrations holds SQLite's).");
        }
    }

    /// <summary>Creates or updates the auth tables (skipped when current), one migrating process at a time.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (Provider != "sqlite")
        {
            // The provider's own migrations (and their locking) run through EF; Configure names what is missing.
            await using var other = await Contexts.CreateDbContextAsync(ct);
            await other.Database.MigrateAsync(ct);
            return;
        }
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource);
        if (await AppliedMigrationAsync(ct) == LatestMigration)
        {
            MigrationGate.RemoveLeftover(path);
            return;
        }
        await using var gate = await MigrationGate.EnterAsync(path, store.ConnectionString, ct);
        await using var db = await Contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>The newest auth migration applied, or null when the database has none.</summary>
    public async Task<string?> AppliedMigrationAsync(CancellationToken ct = default)
    {
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        if (!File.Exists(path))
            return null;
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
        if (await cmd.ExecuteScalarAsync(ct) is null)
            return null;
        cmd.CommandText = $"SELECT MigrationId FROM \"{HistoryTable}\" ORDER BY MigrationId DESC LIMIT 1";
        return await cmd.ExecuteScalarAsync(ct) as string;
    }
}
