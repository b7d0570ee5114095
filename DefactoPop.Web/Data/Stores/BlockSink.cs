using System.Data.Common;
using DefactoPop.Web.Data.Stores.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Where <see cref="CellWriter"/> puts finished blocks: the one provider-specific step of writing cells.</summary>
internal abstract class BlockSink : IDisposable
{
    public static BlockSink For(DbConnection connection, DbTransaction transaction) => connection switch
    {
        SqliteConnection sqlite => new SqliteBlockSink(sqlite),
        NpgsqlConnection npgsql => new PostgresBlockSink(npgsql, (NpgsqlTransaction)transaction),
        _ => throw new NotSupportedException($"No block writer for {connection.GetType().Name}."),
    };

    public abstract void Put(long key, byte[] data);

    public abstract void Delete(long key);

    /// <summary>Ends one flush: everything put or deleted is in the table.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}

/// <summary>One prepared statement per row, through SQLite's own API (see <see cref="RawStatement"/>).</summary>
internal sealed class SqliteBlockSink(SqliteConnection connection) : BlockSink
{
    private readonly RawStatement _put = new(connection, "INSERT OR REPLACE INTO PopBlock(Key, Data) VALUES (?1, ?2)");
    private readonly RawStatement _delete = new(connection, "DELETE FROM PopBlock WHERE Key = ?1");

    public override void Put(long key, byte[] data)
    {
        _put.Bind(1, key);
        _put.Bind(2, data);
        _put.Execute();
    }

    public override void Delete(long key)
    {
        _delete.Bind(1, key);
        _delete.Execute();
    }

    public override void Complete()
    {
    }

    public override void Dispose()
    {
        _put.Dispose();
        _delete.Dispose();
    }
}

/// <summary>
/// PostgreSQL: the flush's keys are deleted in one statement, then the new blocks arrive by binary COPY into the
/// partitioned table, whose month partitions are created first when missing. COPY cannot upsert, and a foreign
/// partition (postgres_fdw) takes neither ON CONFLICT nor an index, so delete-then-copy is the form every partition accepts.
/// </summary>
internal sealed class PostgresBlockSink(NpgsqlConnection connection, NpgsqlTransaction transaction) : BlockSink
{
    private readonly List<(long Key, byte[] Data)> _puts = [];
    private readonly List<long> _deletes = [];

    public override void Put(long key, byte[] data) => _puts.Add((key, data));

    public override void Delete(long key) => _deletes.Add(key);

    public override void Complete()
    {
        if (_puts.Count == 0 && _deletes.Count == 0)
            return;
        BlockPartitions.Ensure(connection, transaction, _puts.Select(p => p.Key));
        using (var delete = new NpgsqlCommand("DELETE FROM popblock WHERE key = ANY(@keys)", connection, transaction))
        {
            delete.Parameters.AddWithValue("keys", _puts.Select(p => p.Key).Concat(_deletes).ToArray());
            delete.ExecuteNonQuery();
        }
        if (_puts.Count > 0)
        {
            using var copy = connection.BeginBinaryImport("COPY popblock (key, data) FROM STDIN (FORMAT BINARY)");
            foreach (var (key, data) in _puts)
            {
                copy.StartRow();
                copy.Write(key, NpgsqlDbType.Bigint);
                copy.Write(data, NpgsqlDbType.Bytea);
            }
            copy.Complete();
        }
        _puts.Clear();
        _deletes.Clear();
    }

    public override void Dispose()
    {
    }
}
