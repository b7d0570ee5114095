using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Bulk upsert of cells through one prepared command inside the caller's transaction.</summary>
public sealed class CellWriter : IDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteParameter _key;
    private readonly SqliteParameter _data;
    private readonly byte[] _buffer = new byte[CellValues.SlotCount * 10 + 1];

    public CellWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _upsert = connection.CreateCommand();
        _upsert.Transaction = transaction;
        _upsert.CommandText = "INSERT INTO PopCell(Key, Data) VALUES ($k, $d) ON CONFLICT(Key) DO UPDATE SET Data = dp_merge(Data, excluded.Data)";
        _key = _upsert.Parameters.Add("$k", SqliteType.Integer);
        _data = _upsert.Parameters.Add("$d", SqliteType.Blob);
        _upsert.Prepare();
    }

    public HashSet<int> TouchedHours { get; } = [];

    public long Written { get; private set; }

    public void Upsert(long key, CellValues cell)
    {
        var n = CellCodec.Encode(cell, _buffer);
        Upsert(key, _buffer.AsSpan(0, n).ToArray());
    }

    /// <summary>Upserts an already encoded cell.</summary>
    public void Upsert(long key, byte[] data)
    {
        _key.Value = key;
        _data.Value = data;
        _upsert.ExecuteNonQuery();
        TouchedHours.Add(CellKeys.HourOf(key));
        Written++;
    }

    public void Dispose() => _upsert.Dispose();
}
