using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>A suppressed cell of a release, addressed as the store holds it: zone and <see cref="CellValues"/> slot.</summary>
public readonly record struct SuppressedSlot(ZoneLevel Level, string Code, int Slot);

/// <summary>
/// The release's suppression pattern of one hour, every class and level, from the finest unmasked estimates: what the
/// dashboard and every other reader of the store must hide so that they show exactly what the release shows.
/// </summary>
public static class ReleaseMasks
{
    public static IReadOnlyList<SuppressedSlot> Of(IEnumerable<PopulationRow> finest, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(finest);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (long)Math.Round(options.Threshold * ReleaseTable.Hundredths);
        var result = new List<SuppressedSlot>();
        foreach (var group in finest.GroupBy(r => (r.Slot, r.Class)))
        {
            var table = ReleaseTable.Aggregate(group.Key.Slot, group.Key.Class, [.. group], ReleaseFiles.Levels(group.Key.Class));
            var suppressed = ReleaseProtection.Protect(table.Table, threshold);
            for (var c = 0; c < suppressed.Length; c++)
            {
                if (!suppressed[c])
                    continue;
                var key = table.Keys[table.Table.RowOf(c)];
                result.Add(new SuppressedSlot(key.Level, key.Code, SlotOf(group.Key.Class, table.Table.ColumnOf(c))));
            }
        }
        return result;
    }

    /// <summary>The store's slot for a release column (0 the total, then strata or Chinese/other).</summary>
    public static int SlotOf(PopulationClass cls, int column) => cls switch
    {
        PopulationClass.Domestic => column == 0 ? CellValues.DomesticTotal : CellValues.FirstStratum + column - 1,
        PopulationClass.LongTermForeign => CellValues.LongTotal + column,
        PopulationClass.ShortTermForeign => CellValues.ShortTotal + column,
        _ => throw new ArgumentOutOfRangeException(nameof(cls)),
    };
}
