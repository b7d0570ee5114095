using System.Globalization;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;
using Npgsql;

namespace DefactoPop.Web.Cli;

/// <summary>
/// The PostgreSQL side of <c>bench --provider postgres</c>: the database benched (--db, or a new database on a throwaway
/// cluster this process starts and stops) and its size on disk.
/// </summary>
internal sealed class PostgresBench : IDisposable
{
    private readonly PgCluster? _cluster;

    private PostgresBench(PgCluster? cluster, string connectionString) => (_cluster, ConnectionString) = (cluster, connectionString);

    public string ConnectionString { get; }

    /// <param name="db">A PostgreSQL connection string from --db, or null to start a throwaway cluster.</param>
    public static async Task<PostgresBench> OpenAsync(string? db, CancellationToken ct)
    {
        if (db is not null)
            return new PostgresBench(null, StoreLocation.Postgres(db).Value);
        var cluster = PgCluster.Start();
        try
        {
            await using (var connection = new NpgsqlConnection(cluster.ConnectionString()))
            {
                await connection.OpenAsync(ct);
                await using var cmd = new NpgsqlCommand("CREATE DATABASE bench", connection);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: throwaway PostgreSQL cluster on 127.0.0.1:{cluster.Port} ({cluster.BinDir})"));
            return new PostgresBench(cluster, StoreLocation.Postgres(cluster.ConnectionString("bench")).Value);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Bytes of the block table (every partition, with indexes and TOAST), of the live blocks alone, and of the whole
    /// database, after a VACUUM ANALYZE (which frees the versions re-imports left for reuse, without shrinking files).
    /// </summary>
    public async Task<(long Blocks, long Live, long Database, int Partitions)> SizeAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("VACUUM ANALYZE", connection);
        await cmd.ExecuteNonQueryAsync(ct);
        cmd.CommandText = """
            SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0)::bigint, (SELECT coalesce(sum(octet_length(data)), 0)::bigint FROM popblock),
                pg_database_size(current_database()), count(*)::int
            FROM pg_inherits WHERE inhparent = 'popblock'::regclass
            """;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3));
    }

    /// <summary>
    /// Copies the blocks of the <paramref name="imported"/> days from <paramref name="start"/> forward, day by day, until
    /// <paramref name="total"/> days are stored: one transaction and one binary COPY per day, through the writer's partitions.
    /// </summary>
    public async Task<(long Blocks, long Bytes, TimeSpan Elapsed)> FillAsync(DateOnly start, int imported, int total, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long blocks = 0, bytes = 0;
        for (var d = imported; d < total; d++)
        {
            var from = DayRange(start.AddDays(d % imported));
            var shift = DayRange(start.AddDays(d)).First - from.First;
            var rows = new List<(long Key, byte[] Data)>();
            await using (var read = new NpgsqlCommand("SELECT key, data FROM popblock WHERE key >= @a AND key < @b", connection))
            {
                read.Parameters.AddWithValue("a", from.First);
                read.Parameters.AddWithValue("b", from.End);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    rows.Add((reader.GetInt64(0) + shift, (byte[])reader[1]));
            }
            await using var transaction = await connection.BeginTransactionAsync(ct);
            BlockPartitions.Ensure(connection, transaction, rows.Select(r => r.Key));
            await using (var copy = await connection.BeginBinaryImportAsync("COPY popblock (key, data) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var (key, data) in rows)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(key, NpgsqlTypes.NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(data, NpgsqlTypes.NpgsqlDbType.Bytea, ct);
                    bytes += data.Length;
                }
                await copy.CompleteAsync(ct);
            }
            await transaction.CommitAsync(ct);
            blocks += rows.Count;
        }
        return (blocks, bytes, clock.Elapsed);
    }

    /// <summary>A day's block keys: the first, and the first of the next day.</summary>
    private static (long First, long End) DayRange(DateOnly day) =>
        (CellTable.BlockKey(new Core.Domain.HourSlot(day, 0).Ordinal, Core.Domain.ZoneLevel.City), CellTable.BlockKey(new Core.Domain.HourSlot(day.AddDays(1), 0).Ordinal, Core.Domain.ZoneLevel.City));

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _cluster?.Dispose();
    }
}
