using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;

namespace DefactoPop.Core.Storage;

/// <summary>Evaluates a <see cref="PopulationQuery"/> on one decoded cell.</summary>
public static class CellQuery
{
    /// <summary>
    /// The queried figure, NaN when the cell holds none of it. <paramref name="masked"/> is set when
    /// a needed part is masked (the number is then the sum of the known parts, a lower bound).
    /// </summary>
    public static double Evaluate(CellValues cell, PopulationQuery query, out bool masked)
    {
        masked = cell.Partial;
        var sum = 0.0;
        var any = false;
        var strataFilter = query.Sex is not null || query.Band is not null;

        if (query.Class is null or PopulationClass.Domestic && query.Nationality is null)
        {
            if (strataFilter)
            {
                if ((cell.Has & CellSections.Strata) != 0)
                {
                    for (var i = 0; i < Strata.Count; i++)
                    {
                        if (query.Sex is { } sex && Strata.SexOf(i) != sex)
                            continue;
                        if (query.Band is { } band && Strata.BandOf(i) != band)
                            continue;
                        Add(cell.Slots[CellValues.FirstStratum + i], ref sum, ref any, ref masked);
                    }
                }
            }
            else if ((cell.Has & CellSections.DomesticTotal) != 0)
            {
                Add(cell.Slots[CellValues.DomesticTotal], ref sum, ref any, ref masked);
            }
        }

        if (!strataFilter)
        {
            if (query.Class is null or PopulationClass.LongTermForeign && (cell.Has & CellSections.Long) != 0)
                AddForeign(cell, CellValues.LongTotal, query.Nationality, ref sum, ref any, ref masked);
            if (query.Class is null or PopulationClass.ShortTermForeign && (cell.Has & CellSections.Short) != 0)
                AddForeign(cell, CellValues.ShortTotal, query.Nationality, ref sum, ref any, ref masked);
        }

        return any ? sum : double.NaN;
    }

    /// <summary>
    /// The 90 % interval of the queried figure; null when the cell carries none (official files) or the figure is masked.
    /// At roll-up levels a sum of strata or classes adds their parts (strata taken as independent of each other).
    /// </summary>
    public static (double Lower, double Upper)? Interval(CellValues cell, PopulationQuery query)
    {
        if (cell.Intervals == IntervalKind.None)
            return null;
        var mean = Evaluate(cell, query, out var masked);
        if (double.IsNaN(mean) || masked)
            return null;
        IntervalParts parts = default;
        if (cell.Intervals == IntervalKind.Spread)
            parts = cell.Spread.PartsOf(mean);
        else if (query == PopulationQuery.All)
            parts = cell.Parts[CellValues.AllClasses];
        else
        {
            foreach (var slot in SlotsOf(cell, query))
                parts += cell.Parts[slot];
        }
        return parts.Bounds(mean);
    }

    /// <summary>The slots <see cref="Evaluate"/> sums for a query.</summary>
    public static IEnumerable<int> SlotsOf(CellValues cell, PopulationQuery query)
    {
        var strataFilter = query.Sex is not null || query.Band is not null;
        if (query.Class is null or PopulationClass.Domestic && query.Nationality is null)
        {
            if (strataFilter && (cell.Has & CellSections.Strata) != 0)
            {
                for (var i = 0; i < Strata.Count; i++)
                {
                    if ((query.Sex is null || Strata.SexOf(i) == query.Sex) && (query.Band is null || Strata.BandOf(i) == query.Band))
                        yield return CellValues.FirstStratum + i;
                }
            }
            else if (!strataFilter && (cell.Has & CellSections.DomesticTotal) != 0)
                yield return CellValues.DomesticTotal;
        }
        if (strataFilter)
            yield break;
        var offset = query.Nationality switch { null => 0, Nationality.Chinese => 1, _ => 2 };
        if (query.Class is null or PopulationClass.LongTermForeign && (cell.Has & CellSections.Long) != 0)
            yield return CellValues.LongTotal + offset;
        if (query.Class is null or PopulationClass.ShortTermForeign && (cell.Has & CellSections.Short) != 0)
            yield return CellValues.ShortTotal + offset;
    }

    private static void AddForeign(CellValues cell, int totalSlot, Nationality? nationality, ref double sum, ref bool any, ref bool masked)
    {
        var slot = nationality switch
        {
            null => totalSlot,
            Nationality.Chinese => totalSlot + 1,
            _ => totalSlot + 2,
        };
        Add(cell.Slots[slot], ref sum, ref any, ref masked);
    }

    private static void Add(double v, ref double sum, ref bool any, ref bool masked)
    {
        if (double.IsNaN(v))
        {
            masked = true;
            return;
        }
        sum += v;
        any = true;
    }
}
