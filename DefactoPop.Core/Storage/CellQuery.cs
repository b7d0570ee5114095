using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

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
