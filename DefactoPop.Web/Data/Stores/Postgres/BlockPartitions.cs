using System.Globalization;
using DefactoPop.Core.Domain;
using Npgsql;

namespace DefactoPop.Web.Data.Stores.Postgres;

/// <summary>
/// The monthly partitions of the PostgreSQL block table: a month's blocks are the keys from the first hour of the month
/// (× 4) up to the first hour of the next. A writer creates the partitions it needs inside its own transaction, so a
/// rolled-back import leaves none behind; a month that is already a partition (local, or foreign on another server)
/// is left as it is.
/// </summary>
public static class BlockPartitions
{
    public const string Parent = "popblock";

    /// <summary>The first day of the month that holds <paramref name="blockKey"/>.</summary>
    public static DateOnly MonthOf(long blockKey)
    {
        var date = HourSlot.FromOrdinal((int)(blockKey / 4)).Date;
        return new DateOnly(date.Year, date.Month, 1);
    }

    /// <summary>The block keys of one month: from (included) and to (excluded).</summary>
    public static (long From, long To) Range(DateOnly month) =>
        ((long)new HourSlot(month, 0).Ordinal * 4, (long)new HourSlot(month.AddMonths(1), 0).Ordinal * 4);

    public static string NameOf(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"{Parent}_y{month.Year:D4}m{month.Month:D2}");

    /// <summary>The partitions of the block table now, by name.</summary>
    public static HashSet<string> Existing(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var cmd = new NpgsqlCommand(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'popblock'::regclass", connection, transaction);
        using var reader = cmd.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Creates the missing month partitions of these block keys.</summary>
    public static void Ensure(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<long> blockKeys)
    {
        var months = blockKeys.Select(MonthOf).Distinct().ToList();
        if (months.Count == 0)
            return;
        var existing = Existing(connection, transaction);
        foreach (var month in months)
        {
            var name = NameOf(month);
            if (existing.Contains(name))
                continue;
            var (from, to) = Range(month);
            using var cmd = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture,
                $"CREATE TABLE {name} PARTITION OF {Parent} (PRIMARY KEY (key)) FOR VALUES FROM ({from}) TO ({to})"), connection, transaction);
            cmd.ExecuteNonQuery();
        }
    }
}
