using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Where cells live: one PopBlock row per hour and level (<see cref="CellBlock"/>), keyed hour × 4 + level, so an
/// hour's levels are neighbours and a day is one key range. Callers keep addressing cells by <see cref="CellKeys"/>.
/// </summary>
public static class CellTable
{
    public static long BlockKey(int hour, ZoneLevel level) => (long)hour * 4 + (int)level;

    public static long BlockKeyOf(long cellKey) => BlockKey(CellKeys.HourOf(cellKey), CellKeys.LevelOf(CellKeys.ZoneOf(cellKey)));

    /// <summary>The stored block of one level at one hour, or null.</summary>
    public static byte[]? ReadBlock(DbConnection connection, DbTransaction? transaction, int hour, ZoneLevel level)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT Data FROM PopBlock WHERE Key = @k";
        cmd.Param("k", BlockKey(hour, level));
        return cmd.ExecuteScalar() as byte[];
    }

    public static async Task<byte[]?> ReadBlockAsync(DbConnection connection, int hour, ZoneLevel level, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Data FROM PopBlock WHERE Key = @k";
        cmd.Param("k", BlockKey(hour, level));
        return await cmd.ExecuteScalarAsync(ct) as byte[];
    }

    /// <summary>The cells of one level at one hour, keyed by cell key, in zone order.</summary>
    public static List<(long Key, byte[] Data)> ReadLevel(DbConnection connection, DbTransaction? transaction, int hour, ZoneLevel level) =>
        ReadBlock(connection, transaction, hour, level) is { } block ? WithKeys(hour, CellBlock.Decode(block)) : [];

    /// <summary>The cells of a range of zones at one hour, in zone order.</summary>
    public static List<(long Key, byte[] Data)> ReadRange(DbConnection connection, DbTransaction? transaction, int hour, ZoneIdRange range)
    {
        var result = new List<(long Key, byte[] Data)>();
        for (var level = ZoneLevel.City; level <= ZoneLevel.Oa; level++)
        {
            var ids = CellKeys.RangeOf(level);
            if (ids.Last < range.First || ids.First > range.Last)
                continue;
            foreach (var cell in ReadLevel(connection, transaction, hour, level))
                if (range.Contains(CellKeys.ZoneOf(cell.Key)))
                    result.Add(cell);
        }
        return result;
    }

    /// <summary>One zone-hour's cell, or null.</summary>
    public static byte[]? ReadCell(DbConnection connection, DbTransaction? transaction, long key) =>
        ReadBlock(connection, transaction, CellKeys.HourOf(key), CellKeys.LevelOf(CellKeys.ZoneOf(key))) is { } block
            ? CellBlock.Find(block, CellKeys.ZoneOf(key))
            : null;

    /// <summary>Whether any level holds cells in the hours from <paramref name="firstHour"/> to <paramref name="lastHour"/>.</summary>
    public static bool AnyIn(DbConnection connection, DbTransaction? transaction, int firstHour, int lastHour)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT EXISTS(SELECT 1 FROM PopBlock WHERE Key BETWEEN @a AND @b)";
        cmd.Param("a", BlockKey(firstHour, ZoneLevel.City));
        cmd.Param("b", BlockKey(lastHour, ZoneLevel.Oa));
        return Convert.ToBoolean(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture); // SQLite: 0 or 1, PostgreSQL: a boolean
    }

    private static List<(long Key, byte[] Data)> WithKeys(int hour, List<(int Zone, byte[] Data)> cells)
    {
        var result = new List<(long Key, byte[] Data)>(cells.Count);
        foreach (var (zone, data) in cells)
            result.Add((CellKeys.Of(hour, zone), data));
        return result;
    }
}
