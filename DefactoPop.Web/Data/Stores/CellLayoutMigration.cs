using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Moves a store written before the block layout (one PopCell row per zone-hour) into PopBlock rows, one day per
/// transaction: a day's blocks are written and its rows deleted together, so an interrupted move resumes where it
/// stopped. The cell bytes are kept as they were; the old table is dropped when empty and the file compacted.
/// </summary>
public static class CellLayoutMigration
{
    public static bool IsPending(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'PopCell'";
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>Moves every day; <paramref name="log"/> gets a line per tenth of the way.</summary>
    /// <returns>The number of cells moved.</returns>
    public static long Run(SqliteConnection connection, TextWriter? log = null, CancellationToken ct = default)
    {
        if (!IsPending(connection))
            return 0;
        var (firstDay, lastDay) = DayRange(connection);
        var moved = 0L;
        var reported = -1;
        for (var day = firstDay; day <= lastDay && firstDay >= 0; day++)
        {
            ct.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            moved += MoveDay(connection, transaction, day);
            transaction.Commit();
            var tenth = lastDay == firstDay ? 10 : (int)(10L * (day - firstDay + 1) / (lastDay - firstDay + 1));
            if (tenth != reported)
            {
                reported = tenth;
                log?.WriteLine($"store: moving cells to the block layout, {tenth * 10} % ({day - firstDay + 1}/{lastDay - firstDay + 1} days, {moved:N0} cells)");
            }
        }
        using var drop = connection.CreateCommand();
        drop.CommandText = "DROP TABLE PopCell";
        drop.ExecuteNonQuery();
        // The rows' pages are free now; VACUUM gives them back to the disk (the file shrinks to the new layout's size).
        log?.WriteLine("store: compacting the file (VACUUM)");
        // On disk: the connection keeps temporary tables in memory, and VACUUM's copy is the whole store.
        drop.CommandText = "PRAGMA temp_store=FILE; VACUUM; PRAGMA temp_store=MEMORY;";
        drop.ExecuteNonQuery();
        return moved;
    }

    private static (int First, int Last) DayRange(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT min(Key), max(Key) FROM PopCell";
        using var reader = cmd.ExecuteReader();
        reader.Read();
        if (reader.IsDBNull(0))
            return (0, -1);
        return (CellKeys.HourOf(reader.GetInt64(0)) / 24, CellKeys.HourOf(reader.GetInt64(1)) / 24);
    }

    private static long MoveDay(SqliteConnection connection, SqliteTransaction transaction, int day)
    {
        var (from, to) = (CellKeys.Of(day * 24, CellKeys.AllIds.First), CellKeys.Of(day * 24 + 23, CellKeys.AllIds.Last));
        var blocks = new SortedDictionary<long, List<(int Zone, byte[] Data)>>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT Key, Data FROM PopCell WHERE Key BETWEEN $a AND $b ORDER BY Key";
            select.Parameters.AddWithValue("$a", from);
            select.Parameters.AddWithValue("$b", to);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetInt64(0);
                var data = reader.GetFieldValue<byte[]>(1);
                if (data.Length == 0)
                    continue;
                var blockKey = CellTable.BlockKeyOf(key);
                if (!blocks.TryGetValue(blockKey, out var cells))
                    blocks[blockKey] = cells = [];
                cells.Add((CellKeys.ZoneOf(key), data));
            }
        }
        if (blocks.Count == 0)
            return 0;
        var list = blocks.ToList();
        var encoded = new byte[list.Count][];
        Parallel.For(0, list.Count, i => encoded[i] = CellBlock.Encode(list[i].Value));
        using (var insert = new RawStatement(connection, "INSERT INTO PopBlock(Key, Data) VALUES (?1, ?2)"))
        {
            for (var i = 0; i < list.Count; i++)
            {
                insert.Bind(1, list[i].Key);
                insert.Bind(2, encoded[i]);
                insert.Execute();
            }
        }
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM PopCell WHERE Key BETWEEN $a AND $b";
        delete.Parameters.AddWithValue("$a", from);
        delete.Parameters.AddWithValue("$b", to);
        delete.ExecuteNonQuery();
        return list.Sum(b => (long)b.Value.Count);
    }
}
