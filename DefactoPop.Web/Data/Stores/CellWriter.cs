using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Writes cells inside the caller's transaction. The blocks a write touches are read once, changed in memory and
/// written back, compressed on every core, by <see cref="Flush"/> (and whenever too many are open). An existing cell
/// keeps the sections the new one lacks (<see cref="CellCodec.Merge"/>), unless the writer replaces whole cells (the
/// roll-ups, whose sums are complete).
/// </summary>
public sealed class CellWriter : IDisposable
{
    /// <summary>Open blocks kept before a flush (a day file touches 24; each holds one level's hour, up to ~2 MB).</summary>
    private const int MaxOpenBlocks = 48;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly bool _replace;
    private readonly RawStatement _put;
    private readonly RawStatement _delete;
    private readonly byte[] _buffer = new byte[CellCodec.MaxLength];
    private readonly Dictionary<long, Dictionary<int, byte[]>> _open = [];

    /// <param name="transaction">The caller's transaction on <paramref name="connection"/> (the writes belong to it).</param>
    public CellWriter(SqliteConnection connection, SqliteTransaction transaction, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        (_connection, _transaction, _replace) = (connection, transaction, replace);
        _put = new RawStatement(connection, "INSERT OR REPLACE INTO PopBlock(Key, Data) VALUES (?1, ?2)");
        _delete = new RawStatement(connection, "DELETE FROM PopBlock WHERE Key = ?1");
    }

    public void Upsert(long key, CellValues cell)
    {
        var n = CellCodec.Encode(cell, _buffer);
        Upsert(key, _buffer.AsSpan(0, n).ToArray());
    }

    /// <summary>Writes an encoded cell (in order: a key written twice merges in that order).</summary>
    public void Upsert(long key, byte[] data)
    {
        var block = Open(key);
        var zone = CellKeys.ZoneOf(key);
        block[zone] = !_replace && block.TryGetValue(zone, out var existing) ? CellCodec.Merge(existing, data) : data;
    }

    public void Delete(long key) => Open(key).Remove(CellKeys.ZoneOf(key));

    /// <summary>Writes every open block back (a block left empty is deleted).</summary>
    public void Flush()
    {
        var open = _open.ToList();
        var encoded = new byte[]?[open.Count];
        Parallel.For(0, open.Count, i =>
        {
            var cells = open[i].Value;
            encoded[i] = cells.Count == 0 ? null : CellBlock.Encode(cells.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList());
        });
        for (var i = 0; i < open.Count; i++)
        {
            if (encoded[i] is { } data)
            {
                _put.Bind(1, open[i].Key);
                _put.Bind(2, data);
                _put.Execute();
            }
            else
            {
                _delete.Bind(1, open[i].Key);
                _delete.Execute();
            }
        }
        _open.Clear();
    }

    public void Dispose()
    {
        _put.Dispose();
        _delete.Dispose();
    }

    private Dictionary<int, byte[]> Open(long key)
    {
        var blockKey = CellTable.BlockKeyOf(key);
        if (_open.TryGetValue(blockKey, out var block))
            return block;
        if (_open.Count >= MaxOpenBlocks)
            Flush();
        block = [];
        var hour = CellKeys.HourOf(key);
        if (CellTable.ReadBlock(_connection, _transaction, hour, CellKeys.LevelOf(CellKeys.ZoneOf(key))) is { } stored)
        {
            foreach (var (zone, data) in CellBlock.Decode(stored))
                block[zone] = data;
        }
        return _open[blockKey] = block;
    }
}
