using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Opens raw connections to the store for the hot paths (bulk load, per-hour reads) and EF contexts for the rest.</summary>
/// <param name="log">Where a long migration reports progress (standard error for the app and the verbs).</param>
public sealed class StoreDatabase(IDbContextFactory<DefactoPopDbContext> contexts, string connectionString, TextWriter? log = null)
{
    public string ConnectionString { get; } = connectionString;

    public IDbContextFactory<DefactoPopDbContext> Contexts { get; } = contexts;

    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        Configure(connection);
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

    /// <summary>The newest migration applied to the store, or null when it has none (a new or foreign file).</summary>
    public async Task<string?> AppliedMigrationAsync(CancellationToken ct = default)
    {
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
