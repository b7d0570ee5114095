using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Makes a re-import replace exactly what its file covers: on the file's days, at its level, the cells the file
/// did not write lose the file's class (the other classes of the cell stay); a cell left empty is deleted.
/// </summary>
public static class StaleCells
{
    /// <returns>The hours where a cell changed (to be rolled up).</returns>
    public static HashSet<int> Clear(SqliteConnection connection, SqliteTransaction transaction, ZoneLevel level, PopulationClass cls,
        IEnumerable<int> days, IReadOnlySet<long> written)
    {
        var sections = cls == PopulationClass.Domestic ? CellSections.DomesticTotal | CellSections.Strata : CellValues.SectionOf(cls);
        var range = CellKeys.RangeOf(level);
        var stale = new List<(long Key, byte[] Data)>();
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT Key, Data FROM PopCell WHERE Key BETWEEN $a AND $b";
        var a = select.Parameters.Add("$a", SqliteType.Integer);
        var b = select.Parameters.Add("$b", SqliteType.Integer);
        foreach (var day in days.Distinct())
        {
            for (var hour = day * 24; hour < day * 24 + 24; hour++)
            {
                (a.Value, b.Value) = CellKeys.Span(hour, range);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var key = reader.GetInt64(0);
                    if (!written.Contains(key))
                        stale.Add((key, reader.GetFieldValue<byte[]>(1)));
                }
            }
        }
        var hours = new HashSet<int>();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE PopCell SET Data = $d WHERE Key = $k";
        var updateKey = update.Parameters.Add("$k", SqliteType.Integer);
        var updateData = update.Parameters.Add("$d", SqliteType.Blob);
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM PopCell WHERE Key = $k";
        var deleteKey = delete.Parameters.Add("$k", SqliteType.Integer);
        var cell = new CellValues();
        foreach (var (key, data) in stale)
        {
            CellCodec.Decode(data, cell);
            if (cell.Derived || (cell.Has & sections) == 0)
                continue; // a sum of a lower level, or a cell this class never reached
            cell.Has &= ~sections;
            hours.Add(CellKeys.HourOf(key));
            if (cell.Has == CellSections.None)
            {
                deleteKey.Value = key;
                delete.ExecuteNonQuery();
            }
            else
            {
                (updateKey.Value, updateData.Value) = (key, CellCodec.Encode(cell));
                update.ExecuteNonQuery();
            }
        }
        return hours;
    }
}
