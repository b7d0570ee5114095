using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace DefactoPop.Web.Data.Stores.Postgres;

/// <summary>One table of a migrate-store run: rows on each side and whether the order-free checksums agree.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>
/// Copies a whole SQLite store into an empty PostgreSQL store, every table of the model, in one transaction (binary
/// COPY; the block table's month partitions made first), then verifies each table: row counts, and a checksum of its
/// rows (the sum of each row's SHA-256 over its values as PostgreSQL types them, so it needs no common sort order).
/// </summary>
public static class StoreMigration
{
    /// <param name="progress">Rows copied so far and the total, as the copy goes.</param>
    public static async Task<IReadOnlyList<TableCopy>> CopyAsync(string sqlitePath, StoreDatabase target, IProgress<(long Done, long Total)>? progress, CancellationToken ct)
    {
        if (!target.IsPostgres)
            throw new StoreBackupException("migrate-store copies into a PostgreSQL store.");
        sqlitePath = Path.GetFullPath(sqlitePath);
        StoreBackup.Verify(sqlitePath); // a DefactoPop store that passes its integrity check, or a clear refusal
        var source = new StoreDatabase(target.Contexts, StoreDatabase.ConnectionStringFor(sqlitePath));
        if (await source.AppliedMigrationAsync(ct) != StoreDatabase.LatestMigration)
            throw new StoreBackupException($"{sqlitePath} is not at this build's schema ({StoreDatabase.LatestMigration}); open it once with any verb (it migrates) and run migrate-store again.");
        await target.MigrateAsync(ct);
        var tables = await TablesAsync(target, ct);

        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await using var to = (NpgsqlConnection)await target.OpenConnectionAsync(ct);
        foreach (var table in tables)
        {
            if (await CountAsync(to, null, table.PgName, ct) > 0)
                throw new StoreBackupException($"the target store is not empty (its table {table.PgName} has rows); migrate-store only fills a new database.");
        }
        var total = 0L;
        foreach (var table in tables)
            total += await CountAsync(from, table.SqliteName, ct);

        await using (var transaction = await to.BeginTransactionAsync(ct))
        {
            var done = 0L;
            foreach (var table in tables)
            {
                if (table.PgName == BlockPartitions.Parent)
                    BlockPartitions.Ensure(to, transaction, await KeysAsync(from, ct));
                var copy = await to.BeginBinaryImportAsync(
                    $"COPY {table.PgName} ({string.Join(", ", table.Columns.Select(c => Quote(c.PgName)))}) FROM STDIN (FORMAT BINARY)", ct);
                try
                {
                    await using (var read = from.CreateCommand())
                    {
                        read.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.SqliteName)))} FROM {Quote(table.SqliteName)}";
                        await using var reader = await read.ExecuteReaderAsync(ct);
                        while (await reader.ReadAsync(ct))
                        {
                            await copy.StartRowAsync(ct);
                            for (var i = 0; i < table.Columns.Count; i++)
                            {
                                if (Typed(reader.GetValue(i), table.Columns[i].Type) is { } value)
                                    await copy.WriteAsync(value, table.Columns[i].PgType, ct);
                                else
                                    await copy.WriteNullAsync(ct);
                            }
                            if (++done % 1000 == 0)
                                progress?.Report((done, total));
                        }
                    }
                    await copy.CompleteAsync(ct);
                }
                finally
                {
                    await copy.DisposeAsync(); // the connection leaves the COPY state only here
                }
                if (table.Identity is { } identity)
                {
                    // Rows keep their ids: the identity's next value follows the largest one copied.
                    await using var setval = new NpgsqlCommand(
                        $"SELECT setval(pg_get_serial_sequence('{table.PgName}', '{identity}'), coalesce(max({identity}), 1), max({identity}) IS NOT NULL) FROM {table.PgName}",
                        to, transaction);
                    await setval.ExecuteNonQueryAsync(ct);
                }
            }
            await transaction.CommitAsync(ct);
            progress?.Report((total, total));
        }

        var result = new List<TableCopy>();
        foreach (var table in tables)
        {
            var (sourceRows, sourceSum) = await ChecksumAsync(from, table, sqlite: true, ct);
            var (targetRows, targetSum) = await ChecksumAsync(to, table, sqlite: false, ct);
            result.Add(new TableCopy(table.PgName, sourceRows, targetRows, sourceSum, targetSum));
        }
        return result;
    }

    private sealed record Column(string SqliteName, string PgName, Type Type, string PgType);

    private sealed record Table(string SqliteName, string PgName, IReadOnlyList<Column> Columns, string? Identity);

    /// <summary>Every table of the model with its columns under both providers' names, blocks last.</summary>
    private static async Task<List<Table>> TablesAsync(StoreDatabase target, CancellationToken ct)
    {
        await using var db = await target.Contexts.CreateDbContextAsync(ct);
        // The SQLite model's names (the tables' own case), from a context that never opens its connection.
        using var sqliteModel = new DefactoPopDbContext(new DbContextOptionsBuilder<DefactoPopDbContext>().UseSqlite("Data Source=:memory:").Options);
        var tables = new List<Table>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var lite = sqliteModel.Model.FindEntityType(entity.ClrType)!;
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var liteStore = StoreObjectIdentifier.Table(lite.GetTableName()!, lite.GetSchema());
            var columns = entity.GetProperties().Select(p => new Column(
                lite.FindProperty(p.Name)!.GetColumnName(liteStore)!,
                p.GetColumnName(store)!,
                ClrTypeOf(p.GetColumnType(store)),
                p.GetColumnType(store))).ToList();
            var identity = entity.GetProperties().FirstOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey() && p.ClrType != typeof(string));
            tables.Add(new Table(lite.GetTableName()!, entity.GetTableName()!, columns, identity?.GetColumnName(store)));
        }
        return [.. tables.OrderBy(t => t.PgName == BlockPartitions.Parent).ThenBy(t => t.PgName, StringComparer.Ordinal)];
    }

    /// <summary>The CLR type Npgsql writes for a column type of the PostgreSQL model.</summary>
    private static Type ClrTypeOf(string columnType) => columnType switch
    {
        "smallint" => typeof(short),
        "integer" => typeof(int),
        "bigint" => typeof(long),
        "double precision" => typeof(double),
        "real" => typeof(float),
        "text" => typeof(string),
        "bytea" => typeof(byte[]),
        "date" => typeof(DateOnly),
        "boolean" => typeof(bool),
        _ => throw new NotSupportedException($"migrate-store does not copy columns of type {columnType} yet."),
    };

    private static string Quote(string name) => "\"" + name + "\"";

    /// <summary>A SQLite value as the CLR type PostgreSQL's column takes; null for NULL.</summary>
    private static object? Typed(object value, Type type)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value is DBNull)
            return null;
        if (type == typeof(string))
            return Convert.ToString(value, inv);
        if (type == typeof(byte[]))
            return (byte[])value;
        if (type == typeof(DateOnly))
            return DateOnly.Parse((string)value, inv);
        return Convert.ChangeType(value, type, inv);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {Quote(table)}";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string table, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection, transaction);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<long>> KeysAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Key FROM PopBlock";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var keys = new List<long>();
        while (await reader.ReadAsync(ct))
            keys.Add(reader.GetInt64(0));
        return keys;
    }

    /// <summary>Rows and the order-free checksum of one table: each row's values typed as PostgreSQL holds them.</summary>
    private static async Task<(long Rows, string Checksum)> ChecksumAsync(System.Data.Common.DbConnection connection, Table table, bool sqlite, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sqlite
            ? $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.SqliteName)))} FROM {Quote(table.SqliteName)}"
            : $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.PgName)))} FROM {table.PgName}";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        UInt128 sum = 0;
        var rows = 0L;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (await reader.ReadAsync(ct))
        {
            rows++;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var raw = reader.GetValue(i);
                var value = sqlite ? Typed(raw, table.Columns[i].Type) : raw is DBNull ? null : raw;
                hash.AppendData(Canonical(value));
                hash.AppendData([0x1f]);
            }
            var digest = hash.GetHashAndReset();
            sum += new UInt128(BitConverter.ToUInt64(digest, 0), BitConverter.ToUInt64(digest, 8));
        }
        return (rows, sum.ToString("x32", CultureInfo.InvariantCulture));
    }

    private static byte[] Canonical(object? value) => value switch
    {
        null => [0xff, 0xfe],
        byte[] bytes => bytes,
        string s => Encoding.UTF8.GetBytes(s),
        double d => BitConverter.GetBytes(d),
        float f => BitConverter.GetBytes((double)f),
        DateOnly date => Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime dt => Encoding.ASCII.GetBytes(DateOnly.FromDateTime(dt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        bool b => [b ? (byte)1 : (byte)0],
        _ => Encoding.ASCII.GetBytes(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
    };
}
