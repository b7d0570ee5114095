using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Bulk upsert of cells inside the caller's transaction through one raw prepared statement. An existing cell keeps the
/// sections the new one lacks (dp_merge), unless the writer replaces whole cells (the roll-ups, whose sums are complete).
/// </summary>
public sealed class CellWriter : IDisposable
{
    private const string Merge = " ON CONFLICT(Key) DO UPDATE SET Data = dp_merge(Data, excluded.Data)";
    private const string Replace = " ON CONFLICT(Key) DO UPDATE SET Data = excluded.Data";

    private readonly RawStatement _upsert;
    private readonly byte[] _buffer = new byte[CellCodec.MaxLength];

    /// <param name="transaction">The caller's transaction on <paramref name="connection"/> (the writes belong to it).</param>
    public CellWriter(SqliteConnection connection, SqliteTransaction transaction, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _upsert = new RawStatement(connection, "INSERT INTO PopCell(Key, Data) VALUES (?1, ?2)" + (replace ? Replace : Merge));
    }

    public void Upsert(long key, CellValues cell)
    {
        var n = CellCodec.Encode(cell, _buffer);
        Write(key, _buffer.AsSpan(0, n));
    }

    /// <summary>Writes an encoded cell (in order: a key written twice merges in that order).</summary>
    public void Upsert(long key, byte[] data) => Write(key, data);

    public void Dispose() => _upsert.Dispose();

    private void Write(long key, ReadOnlySpan<byte> data)
    {
        _upsert.Bind(1, key);
        _upsert.Bind(2, data);
        _upsert.Execute();
    }
}
