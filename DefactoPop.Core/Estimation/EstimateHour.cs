using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>The estimated population of every OA for one hour, with the 90 % interval of the OA total (all classes).</summary>
public sealed class EstimateHour
{
    public required HourSlot Slot { get; init; }
    public required ExpansionMethod Method { get; init; }
    public required AllocationMethod Allocation { get; init; }

    /// <summary>Korean nationals, [oa * 28 + stratum].</summary>
    public required float[] Domestic { get; init; }

    /// <summary>Long-term foreigners, [oa * 2 + (int)Nationality].</summary>
    public required float[] LongTerm { get; init; }

    /// <summary>Short-term foreigners, [oa * 2 + (int)Nationality].</summary>
    public required float[] ShortTerm { get; init; }

    /// <summary>Lower and upper bound of the central interval (<see cref="IntervalProbability"/>) of each OA total.</summary>
    public required float[] TotalLower { get; init; }
    public required float[] TotalUpper { get; init; }

    public double IntervalProbability { get; init; } = 0.90;

    /// <summary>The error model of each OA (how its interval splits into independent and district-shared parts); empty when not estimated.</summary>
    public OaSpread[] Spread { get; init; } = [];

    /// <summary>Cells flagged as down this hour (their area was estimated from neighbouring cells).</summary>
    public int OutageCells { get; init; }

    /// <summary>OAs imputed for a cell outage ("보정됨"), by OA index; empty when none were.</summary>
    public bool[] Imputed { get; init; } = [];

    public bool IsImputed(int oa) => oa < Imputed.Length && Imputed[oa];

    /// <summary>Allocation steps taken (EM iterations; 1 for simple Bayes; 0 for Voronoi).</summary>
    public int Iterations { get; init; }

    public int OaCount => TotalLower.Length;

    public double DomesticTotal(int oa)
    {
        double sum = 0;
        for (var s = 0; s < Strata.Count; s++)
            sum += Domestic[oa * Strata.Count + s];
        return sum;
    }

    /// <summary>All classes of one OA.</summary>
    public double OaTotal(int oa) =>
        DomesticTotal(oa) + LongTerm[oa * 2] + LongTerm[oa * 2 + 1] + ShortTerm[oa * 2] + ShortTerm[oa * 2 + 1];

    public double CityTotal()
    {
        double sum = 0;
        for (var j = 0; j < OaCount; j++)
            sum += OaTotal(j);
        return sum;
    }
}
