using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>
/// One hour of a drop, shaped like the estimator's cell counts: domestic [cell * 28 + stratum],
/// long-term foreigners and roamers [cell * 2 + (int)Nationality], outage [cell]; cells are the drop's <see cref="CellIndex"/>.
/// </summary>
public sealed class OperatorHour(HourSlot slot, float[] domestic, float[] longTerm, float[] shortTerm, bool[] outage)
{
    public HourSlot Slot { get; } = slot;

    /// <summary>Distinct domestic devices, [cell * 28 + stratum].</summary>
    public float[] Domestic { get; } = Sized(domestic, outage, Strata.Count);

    /// <summary>Subscribers of foreign nationality, [cell * 2 + (int)Nationality].</summary>
    public float[] LongTerm { get; } = Sized(longTerm, outage, 2);

    /// <summary>Roaming devices, [cell * 2 + (int)Nationality].</summary>
    public float[] ShortTerm { get; } = Sized(shortTerm, outage, 2);

    /// <summary>True where a declared outage overlaps this hour (a 0 there is not "nobody").</summary>
    public bool[] Outage { get; } = outage;

    public int CellCount => Outage.Length;

    public bool HasOutage => Array.IndexOf(Outage, true) >= 0;

    /// <summary>All devices of one cell (every class).</summary>
    public double CellTotal(int cell)
    {
        double sum = 0;
        for (var s = 0; s < Strata.Count; s++)
            sum += Domestic[cell * Strata.Count + s];
        return sum + LongTerm[cell * 2] + LongTerm[cell * 2 + 1] + ShortTerm[cell * 2] + ShortTerm[cell * 2 + 1];
    }

    public double Total()
    {
        double sum = 0;
        foreach (var v in Domestic)
            sum += v;
        foreach (var v in LongTerm)
            sum += v;
        foreach (var v in ShortTerm)
            sum += v;
        return sum;
    }

    /// <summary>Every count multiplied by <paramref name="factor"/> (for scale tests and what-if runs).</summary>
    public OperatorHour Scaled(double factor) => new(
        Slot,
        Domestic.Select(v => (float)(v * factor)).ToArray(),
        LongTerm.Select(v => (float)(v * factor)).ToArray(),
        ShortTerm.Select(v => (float)(v * factor)).ToArray(),
        (bool[])Outage.Clone());

    private static float[] Sized(float[] counts, bool[] outage, int perCell)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(outage);
        if (counts.Length != outage.Length * perCell)
            throw new ArgumentException("Count arrays do not match the cell count.");
        return counts;
    }
}
