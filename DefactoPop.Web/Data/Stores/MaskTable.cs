using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Core.Storage;
using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// The release's suppression pattern per hour (PopMask, key = hour ordinal; see Core's SuppressionMask). Writers of
/// estimates store it with the day; an hour of estimates without one (a store made before masks) gets it built from its
/// finest cells on first read. Hours loaded from official files need none: their "*" are in the cells.
/// </summary>
public static class MaskTable
{
    public static byte[]? Read(DbConnection connection, DbTransaction? transaction, int hour)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT Data FROM PopMask WHERE Key = @k";
        cmd.Param("k", (long)hour);
        return cmd.ExecuteScalar() as byte[];
    }

    public static void Write(DbConnection connection, DbTransaction? transaction, int hour, byte[] data)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "INSERT INTO PopMask (Key, Data) VALUES (@k, @d) ON CONFLICT(Key) DO UPDATE SET Data = excluded.Data";
        cmd.Param("k", (long)hour);
        cmd.Param("d", data);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Drops the patterns of these hours (their figures are replaced by loaded files).</summary>
    public static void Delete(DbConnection connection, DbTransaction? transaction, IEnumerable<int> hours)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "DELETE FROM PopMask WHERE Key = @k";
        var k = cmd.Param("k", 0L);
        foreach (var hour in hours)
        {
            k.Value = (long)hour;
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>The pattern of an hour from its finest unmasked estimated rows (every class), as stored.</summary>
    public static byte[] Build(StoredZoneIndex catalog, IReadOnlyList<PopulationRow> finest, DisclosureOptions options)
    {
        var bits = new Dictionary<int, ulong>();
        foreach (var s in ReleaseMasks.Of(finest, options))
        {
            var id = catalog.IdOf(s.Code) ?? throw new InvalidOperationException($"{s.Level.NameKo()} {s.Code} is not in the zone catalogue.");
            bits[id] = bits.GetValueOrDefault(id) | (1UL << s.Slot);
        }
        return SuppressionMask.Encode(bits);
    }

    /// <summary>
    /// Builds an hour's pattern from the store's finest block when that block holds estimates (cells with an error model);
    /// an empty pattern otherwise (figures from official files).
    /// </summary>
    public static byte[] BuildFromStore(DbConnection connection, StoredZoneIndex catalog, int hour, DisclosureOptions options)
    {
        var slot = HourSlot.FromOrdinal(hour);
        foreach (var level in new[] { ZoneLevel.Oa, ZoneLevel.Dong, ZoneLevel.Gu })
        {
            if (CellTable.ReadBlock(connection, null, hour, level) is not { } block)
                continue;
            var rows = new List<PopulationRow>();
            var cell = new CellValues();
            var estimated = true;
            foreach (var (id, data) in CellBlock.Decode(block))
            {
                CellCodec.Decode(data, cell);
                estimated &= cell.Intervals != IntervalKind.None;
                var parent = level == ZoneLevel.Oa && catalog.ParentOf(id) is { } p ? catalog[p].Code : null;
                foreach (var cls in new[] { PopulationClass.Domestic, PopulationClass.LongTermForeign, PopulationClass.ShortTermForeign })
                {
                    if (cell.ToRow(slot, level, catalog[id].Code, cls, parent) is { } row)
                        rows.Add(row);
                }
            }
            return estimated && !rows.Any(r => r.HasMaskedCell) && rows.Count > 0 ? Build(catalog, rows, options) : SuppressionMask.Encode(new Dictionary<int, ulong>());
        }
        return SuppressionMask.Encode(new Dictionary<int, ulong>());
    }
}
