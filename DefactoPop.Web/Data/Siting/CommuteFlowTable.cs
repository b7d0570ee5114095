using System.Data.Common;
using DefactoPop.Core.Siting;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace DefactoPop.Web.Data.Siting;

/// <summary>Bulk writes of the commuter OD cells (a month's product is hundreds of thousands of rows; EF would take minutes).</summary>
public static class CommuteFlowTable
{
    /// <summary>
    /// Replaces the rows of <paramref name="source"/> with <paramref name="flows"/>, inside the caller's transaction:
    /// one prepared insert on SQLite, binary COPY on PostgreSQL.
    /// </summary>
    public static int Replace(DbConnection connection, DbTransaction transaction, string source, IEnumerable<CommuteFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(flows);
        return connection switch
        {
            SqliteConnection sqlite => ReplaceSqlite(sqlite, (SqliteTransaction)transaction, source, flows),
            NpgsqlConnection pg => ReplacePostgres(pg, (NpgsqlTransaction)transaction, source, flows),
            _ => throw new NotSupportedException("Commute flows: unknown store provider " + connection.GetType().Name),
        };
    }

    private static int ReplaceSqlite(SqliteConnection connection, SqliteTransaction transaction, string source, IEnumerable<CommuteFlow> flows)
    {
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

    private static int ReplacePostgres(NpgsqlConnection connection, NpgsqlTransaction transaction, string source, IEnumerable<CommuteFlow> flows)
    {
        using (var delete = new NpgsqlCommand("DELETE FROM commuteflow WHERE source = @s", connection, transaction))
        {
            delete.Parameters.AddWithValue("s", source);
            delete.ExecuteNonQuery();
        }
        var n = 0;
        using (var copy = connection.BeginBinaryImport(
            "COPY commuteflow (source, origin, destination, day, hour, sex, agegroup, movers, meanminutes) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var f in flows)
            {
                copy.StartRow();
                copy.Write(source, NpgsqlDbType.Text);
                copy.Write(f.Origin, NpgsqlDbType.Text);
                copy.Write(f.Destination, NpgsqlDbType.Text);
                copy.Write((int)f.Day, NpgsqlDbType.Integer);
                copy.Write(f.ArrivalHour, NpgsqlDbType.Integer);
                copy.Write((int)f.Sex, NpgsqlDbType.Integer);
                copy.Write(f.AgeGroup, NpgsqlDbType.Integer);
                if (f.Movers is { } m)
                    copy.Write(m, NpgsqlDbType.Double);
                else
                    copy.WriteNull();
                copy.Write(f.MeanMinutes, NpgsqlDbType.Double);
                n++;
            }
            copy.Complete();
        }
        return n;
    }
}
