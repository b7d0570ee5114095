using DefactoPop.Core.Siting;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Siting;

/// <summary>Bulk writes of the commuter OD cells (a month's product is hundreds of thousands of rows; EF would take minutes).</summary>
public static class CommuteFlowTable
{
    /// <summary>Replaces the rows of <paramref name="source"/> with <paramref name="flows"/>, inside the caller's transaction.</summary>
    public static int Replace(SqliteConnection connection, SqliteTransaction transaction, string source, IEnumerable<CommuteFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(flows);
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM CommuteFlow WHERE Source = $s";
            delete.Parameters.AddWithValue("$s", source);
            delete.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO CommuteFlow (Source, Origin, Destination, Day, Hour, Sex, AgeGroup, Movers, MeanMinutes)
            VALUES ($s, $o, $d, $day, $h, $sex, $age, $m, $t)
            """;
        var p = new[] { "$s", "$o", "$d", "$day", "$h", "$sex", "$age", "$m", "$t" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        p[0].Value = source;
        insert.Prepare();
        var n = 0;
        foreach (var f in flows)
        {
            p[1].Value = f.Origin;
            p[2].Value = f.Destination;
            p[3].Value = (int)f.Day;
            p[4].Value = f.ArrivalHour;
            p[5].Value = (int)f.Sex;
            p[6].Value = f.AgeGroup;
            p[7].Value = f.Movers is { } m ? m : DBNull.Value;
            p[8].Value = f.MeanMinutes;
            insert.ExecuteNonQuery();
            n++;
        }
        return n;
    }
}
