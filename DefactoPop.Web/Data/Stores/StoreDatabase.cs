using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Opens raw connections to the store for the hot paths (bulk load, per-hour reads) and EF contexts for the rest.</summary>
public sealed class StoreDatabase(IDbContextFactory<DefactoPopDbContext> contexts, string connectionString)
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

    /// <summary>Pragmas and the merge function every connection needs.</summary>
    public static void Configure(SqliteConnection connection)
    {
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;";
            cmd.ExecuteNonQuery();
        }
        connection.CreateFunction("dp_merge", (byte[] existing, byte[] update) => CellCodec.Merge(existing, update), isDeterministic: true);
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource));
        if (!string.IsNullOrEmpty(dir))
            Directory.CreateDirectory(dir);
        await using var db = await Contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
