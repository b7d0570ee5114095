using DefactoPop.Core.Storage;
using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Writes cells inside the caller's transaction. The blocks a write touches are read once and changed in memory; a
/// block the writes have moved on from is compressed in the background, and <see cref="Flush"/> writes them all back. An existing cell
/// keeps the sections the new one lacks (<see cref="CellCodec.Merge"/>), unless the writer replaces whole cells (the
/// roll-ups, whose sums are complete).
/// </summary>
public sealed class CellWriter : IDisposable
{
    /// <summary>Open blocks kept before a flush (a day file touches 24; each holds one level's hour, up to ~2 MB).</summary>
    private const int MaxOpenBlocks = 48;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _replace;
    private readonly BlockSink _sink;
    private readonly byte[] _buffer = new byte[CellCodec.MaxLength];
    private readonly Dictionary<long, Dictionary<int, byte[]>> _open = [];
    private readonly Dictionary<long, Task<byte[]?>> _sealed = [];
    private long _current = -1;
    private long _previous = -1;

    /// <param name="transaction">The caller's transaction on <paramref name="connection"/> (the writes belong to it).</param>
    public CellWriter(DbConnection connection, DbTransaction transaction, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        (_connection, _transaction, _replace) = (connection, transaction, replace);
        _sink = BlockSink.For(connection, transaction);
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

    /// <summary>Writes every block back (a block left empty is deleted).</summary>
    public void Flush()
    {
        foreach (var key in _open.Keys.ToList())
            Seal(key);
        foreach (var (key, encoded) in _sealed.OrderBy(s => s.Key))
        {
            if (encoded.Result is { } data)
                _sink.Put(key, data);
            else
                _sink.Delete(key);
        }
        _sink.Complete();
        _sealed.Clear();
        (_current, _previous) = (-1, -1);
    }

    public void Dispose() => _sink.Dispose();

    private Dictionary<int, byte[]> Open(long key)
    {
        var blockKey = CellTable.BlockKeyOf(key);
        if (!_open.TryGetValue(blockKey, out var block))
        {
            if (_open.Count >= MaxOpenBlocks)
                Flush();
            block = [];
            // A block sealed earlier and touched again (rows out of order) reopens from its encoding.
            var stored = _sealed.Remove(blockKey, out var encoded)
                ? encoded.Result
                : CellTable.ReadBlock(_connection, _transaction, CellKeys.HourOf(key), CellKeys.LevelOf(CellKeys.ZoneOf(key)));
            if (stored is not null)
            {
                foreach (var (zone, data) in CellBlock.Decode(stored))
                    block[zone] = data;
            }
            _open[blockKey] = block;
        }
        if (blockKey != _current)
        {
            // Writes come hour by hour: a block untouched for two switches is done, and compresses in the background.
            var idle = _previous;
            (_previous, _current) = (_current, blockKey);
            if (idle >= 0 && idle != blockKey && idle != _previous)
                Seal(idle);
        }
        return block;
    }

    private void Seal(long blockKey)
    {
        if (!_open.Remove(blockKey, out var cells))
            return;
        _sealed[blockKey] = Task.Run(() => cells.Count == 0
            ? null
            : CellBlock.Encode(cells.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList()));
    }
}
