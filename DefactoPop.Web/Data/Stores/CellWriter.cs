using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Bulk upsert of cells inside the caller's transaction: prepared statements of <see cref="BlockSize"/> rows,
/// and a one-row statement for the rest. An existing cell keeps the sections the new one lacks (dp_merge), unless
/// the writer replaces whole cells (the roll-ups, whose sums are complete).
/// </summary>
public sealed class CellWriter : IDisposable
{
    public const int BlockSize = 64;
    private const string Merge = " ON CONFLICT(Key) DO UPDATE SET Data = dp_merge(Data, excluded.Data)";
    private const string Replace = " ON CONFLICT(Key) DO UPDATE SET Data = excluded.Data";

    private readonly SqliteCommand _one;
    private readonly SqliteCommand _block;
    private readonly List<(long Key, byte[] Data)> _pending = new(BlockSize);
    private readonly byte[] _buffer = new byte[CellCodec.MaxLength];

    public CellWriter(SqliteConnection connection, SqliteTransaction transaction, bool replace = false)
    {
        var conflict = replace ? Replace : Merge;
        _one = Prepare(connection, transaction, 1, conflict);
        _block = Prepare(connection, transaction, BlockSize, conflict);
    }

    public HashSet<int> TouchedHours { get; } = [];

    public long Written { get; private set; }

    public void Upsert(long key, CellValues cell)
    {
        var n = CellCodec.Encode(cell, _buffer);
        Upsert(key, _buffer.AsSpan(0, n).ToArray());
    }

    /// <summary>Queues an encoded cell; written when a block is full or on <see cref="Flush"/>/<see cref="Dispose"/>.</summary>
    public void Upsert(long key, byte[] data)
    {
        _pending.Add((key, data));
        TouchedHours.Add(CellKeys.HourOf(key));
        Written++;
        if (_pending.Count == BlockSize)
            Execute(_block, _pending);
    }

    public void Flush()
    {
        foreach (var row in _pending)
            Execute(_one, [row]);
        _pending.Clear();
    }

    public void Dispose()
    {
        Flush();
        _one.Dispose();
        _block.Dispose();
    }

    private void Execute(SqliteCommand command, List<(long Key, byte[] Data)> rows)
    {
        // Keys repeated inside one statement would merge out of order; such rows go one by one.
        if (rows.Count > 1 && rows.Select(r => r.Key).Distinct().Count() != rows.Count)
        {
            foreach (var row in rows)
                Execute(_one, [row]);
        }
        else
        {
            for (var i = 0; i < rows.Count; i++)
            {
                command.Parameters[2 * i].Value = rows[i].Key;
                command.Parameters[2 * i + 1].Value = rows[i].Data;
            }
            command.ExecuteNonQuery();
        }
        if (ReferenceEquals(rows, _pending))
            _pending.Clear();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, int rows, string conflict)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "INSERT INTO PopCell(Key, Data) VALUES " + string.Join(",", Enumerable.Range(0, rows).Select(i => $"($k{i},$d{i})")) + conflict;
        for (var i = 0; i < rows; i++)
        {
            cmd.Parameters.Add("$k" + i, SqliteType.Integer);
            cmd.Parameters.Add("$d" + i, SqliteType.Blob);
        }
        cmd.Prepare();
        return cmd;
    }
}
