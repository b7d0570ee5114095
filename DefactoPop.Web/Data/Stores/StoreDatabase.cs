using System.Data.Common;
using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Opens raw connections to the store for the hot paths (bulk load, per-hour reads) and EF contexts for the rest.</summary>
/// <param name="log">Where a long migration reports progress (standard error for the app and the verbs).</param>
/// <param name="provider">The engine: SQLite (the connection string names a file) or PostgreSQL.</param>
public sealed class StoreDatabase(IDbContextFactory<DefactoPopDbContext> contexts, string connectionString, TextWriter? log = null,
    StoreProvider provider = StoreProvider.Sqlite)
{
    public string ConnectionString { get; } = connectionString;

    public StoreProvider Provider { get; } = provider;

    public bool IsPostgres => Provider == StoreProvider.Postgres;

    public IDbContextFactory<DefactoPopDbContext> Contexts { get; } = contexts;

    /// <summary>Where the store is, for messages: the file, or the PostgreSQL database without its password.</summary>
    public string Describe() => IsPostgres ? "postgres:" + StoreLocation.Redact(ConnectionString) : new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>The SQLite connection under an EF context, or a refusal naming the operation when the store is PostgreSQL.</summary>
    public static SqliteConnection SqliteConnectionOf(DefactoPopDbContext db, string operation) =>
        db.Database.GetDbConnection() as SqliteConnection ?? throw new NotSupportedException(SqliteOnly(operation, "PostgreSQL"));

    private static string SqliteOnly(string operation, string store) =>
        $"{operation} needs a SQLite store for now; this store is {store}. Write a SQLite store and copy it with migrate-store.";

    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();

    /// <summary>A SQLite connection, for the paths that only SQLite stores have (backup, layout migration, simulation's own files).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (IsPostgres)
            throw new NotSupportedException("This operation needs a SQLite store; the store is PostgreSQL (" + Describe() + ").");
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        Configure(connection);
        return connection;
    }

    /// <summary>A connection of the store's provider, for the SQL both run (cells, masks, meta, zones, import, estimates, reads).</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default)
    {
        if (!IsPostgres)
            return await OpenAsync(ct);
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>Pragmas every connection needs.</summary>
    public static void Configure(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (IsPostgres)
        {
            // Npgsql's migrator takes an advisory lock of its own, which the server frees when a holder dies.
            if (await AppliedMigrationAsync(ct) != LatestPostgresMigration)
            {
                await using var db = await Contexts.CreateDbContextAsync(ct);
                await db.Database.MigrateAsync(ct);
            }
            return;
        }
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        var dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
            Directory.CreateDirectory(dir);
        // A store that is current skips EF's model building and migration check (a verb's start-up).
        if (!File.Exists(path) || await AppliedMigrationAsync(ct) != LatestMigration)
        {
            // One migrating process at a time, and a lock row left by a killed one does not hang the next (MigrationGate).
            await using var gate = await MigrationGate.EnterAsync(path, ConnectionString, ct);
            await using var db = await Contexts.CreateDbContextAsync(ct);
            await db.Database.MigrateAsync(ct);
        }
        else
        {
            MigrationGate.RemoveLeftover(path);
        }
        // Cells of a store written before the block layout move into blocks (resumable, one day per transaction).
        await using var connection = await OpenAsync(ct);
        if (CellLayoutMigration.IsPending(connection))
            await Task.Run(() => CellLayoutMigration.Run(connection, log, ct), ct);
    }

    /// <summary>
    /// The newest migration in this build, named here so a verb's start-up need not scan the assembly or build EF's
    /// model (StoreStartupTests fails when a new migration is added without updating it).
    /// </summary>
    public const string LatestMigration = "20261207170544_CommuteFlows";

    /// <summary>The newest migration of the PostgreSQL model (Data/Migrations/Postgres).</summary>
    public const string LatestPostgresMigration = "20261207231100_PostgresInitial";

    /// <summary>The newest migration applied to the store, or null when it has none (a new or foreign file).</summary>
    public async Task<string?> AppliedMigrationAsync(CancellationToken ct = default)
    {
        if (IsPostgres)
        {
            await using var pg = new NpgsqlConnection(ConnectionString);
            await pg.OpenAsync(ct);
            await using var check = new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", pg);
            if (!(bool)(await check.ExecuteScalarAsync(ct))!)
                return null;
            check.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1";
            return await check.ExecuteScalarAsync(ct) as string;
        }
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (await cmd.ExecuteScalarAsync(ct) is null)
            return null;
        cmd.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1";
        return await cmd.ExecuteScalarAsync(ct) as string;
    }
}
