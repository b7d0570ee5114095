using DefactoPop.Core.Estimation;
using DefactoPop.Core.Storage;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Sums the error parts of child cells into a parent, slot by slot and for all classes: independent variances add, the
/// district-shared SDs add linearly inside a district and, summing districts into the city, become independent.
/// A parent with any child lacking intervals (an official file) gets none: a partial interval would be too narrow.
/// </summary>
public static class RollupIntervals
{
    public static void Add(CellValues sum, CellValues child, bool acrossDistricts)
    {
        if (sum.Intervals == IntervalKind.None)
            return;
        if (child.Intervals == IntervalKind.None)
        {
            sum.Intervals = IntervalKind.None;
            sum.Imputed = false;
            Array.Clear(sum.Parts);
            return;
        }
        if (child.Imputed)
            sum.Imputed = true;
        foreach (var slot in child.PresentSlots())
        {
            if (!double.IsNaN(child.Slots[slot]))
                sum.Parts[slot] += PartsOf(child, slot, child.Slots[slot], acrossDistricts);
        }
        var all = child.AllClassesTotal();
        if (!double.IsNaN(all))
            sum.Parts[CellValues.AllClasses] += PartsOf(child, CellValues.AllClasses, all, acrossDistricts);
    }

    private static IntervalParts PartsOf(CellValues child, int slot, double value, bool acrossDistricts)
    {
        var parts = child.Intervals == IntervalKind.Spread ? child.Spread.PartsOf(value) : child.Parts[slot];
        return acrossDistricts ? parts.AcrossDistricts() : parts;
    }
}
