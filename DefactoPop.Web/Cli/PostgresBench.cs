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

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _cluster?.Dispose();
    }
}
