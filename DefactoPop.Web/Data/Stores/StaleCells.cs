using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Makes a re-import replace exactly what its file covers: on the file's days, at its level, the cells the file
/// did not write lose the file's class (the other classes of the cell stay); a cell left empty is deleted.
/// </summary>
public static class StaleCells
{
    /// <returns>The hours where a cell changed (to be rolled up).</returns>
    public static HashSet<int> Clear(DbConnection connection, DbTransaction transaction, ZoneLevel level, PopulationClass cls,
        IEnumerable<int> days, IReadOnlySet<long> written)
    {
        var sections = cls == PopulationClass.Domestic ? CellSections.DomesticTotal | CellSections.Strata : CellValues.SectionOf(cls);
        var hours = new HashSet<int>();
        using var writer = new CellWriter(connection, transaction, replace: true);
        var cell = new CellValues();
        foreach (var day in days.Distinct())
        {
            for (var hour = day * 24; hour < day * 24 + 24; hour++)
            {
                foreach (var (key, data) in CellTable.ReadLevel(connection, transaction, hour, level))
                {
                    if (written.Contains(key))
                        continue;
                    CellCodec.Decode(data, cell);
                    if (cell.Derived || (cell.Has & sections) == 0)
                        continue; // a sum of a lower level, or a cell this class never reached
                    cell.Has &= ~sections;
                    hours.Add(hour);
                    if (cell.Has == CellSections.None)
                        writer.Delete(key);
                    else
                        writer.Upsert(key, cell);
                }
            }
        }
        writer.Flush();
        return hours;
    }
}
