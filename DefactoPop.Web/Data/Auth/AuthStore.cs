using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Auth;

/// <summary>
/// Where users and the audit log live: the store's own database (the --db file or PostgreSQL database), with the
/// store's provider. Each provider has its own migrations (Data/Auth/Migrations, Data/Auth/Migrations/Postgres) and
/// the history table <see cref="HistoryTable"/>, apart from the store's.
/// </summary>
public sealed class AuthStore(IDbContextFactory<AuthDbContext> contexts, StoreDatabase store)
{
    /// <summary>"sqlite" or "postgres": the store's provider.</summary>
    public string Provider => store.IsPostgres ? "postgres" : "sqlite";

    public const string HistoryTable = "__AuthMigrationsHistory";

    /// <summary>The newest SQLite migration of <see cref="AuthDbContext"/> (AuthStoreTests fails when a new one is added without updating it).</summary>
    public const string LatestMigration = "20261207231728_Users";

    /// <summary>The newest migration of <see cref="PostgresAuthDbContext"/> (checked the same way).</summary>
    public const string LatestPostgresMigration = "20261208021836_PostgresUsers";

    public IDbContextFactory<AuthDbContext> Contexts { get; } = contexts;

    /// <summary>The SQLite auth context on the store file, with its own history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(HistoryTable));

    /// <summary>The PostgreSQL auth context on the store's database, with its own history table.</summary>
    public static DbContextOptions<PostgresAuthDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresAuthDbContext>().UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable)).Options;

    /// <summary>Creates or updates the auth tables (skipped when current), one migrating process at a time.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (store.IsPostgres)
        {
            // EF takes PostgreSQL's migration lock itself, so two first starts wait for each other.
            if (await AppliedMigrationAsync(ct) == LatestPostgresMigration)
                return;
            await using var pg = await Contexts.CreateDbContextAsync(ct);
            await pg.Database.MigrateAsync(ct);
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
        if (store.IsPostgres)
        {
            await using var pg = await Contexts.CreateDbContextAsync(ct);
            return (await pg.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
        }
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

/// <summary>Hands out the auth context of the store's provider.</summary>
public sealed class AuthContextFactory : IDbContextFactory<AuthDbContext>
{
    private readonly DbContextOptions<AuthDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresAuthDbContext>? _postgres;

    public AuthContextFactory(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.IsPostgres)
        {
            _postgres = AuthStore.PostgresOptions(store.ConnectionString);
            return;
        }
        var options = new DbContextOptionsBuilder<AuthDbContext>();
        AuthStore.Configure(options, store.ConnectionString);
        _sqlite = options.Options;
    }

    public AuthDbContext CreateDbContext() => _postgres is not null ? new PostgresAuthDbContext(_postgres) : new AuthDbContext(_sqlite!);
}
