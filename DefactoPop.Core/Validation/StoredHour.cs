using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Validation;

/// <summary>
/// One level at one hour: the stored estimates and the truth of the same zones, in the same order.
/// </summary>
/// <param name="Estimate">NaN where the store holds no figure (counted as 0 against a non-zero truth).</param>
/// <param name="Lower">90 % interval bounds (NaN where a zone has none); null when the store holds no interval.</param>
public sealed record LevelHour(double[] Estimate, double[] Truth, double[]? Lower = null, double[]? Upper = null);

/// <summary>City totals of the foreign classes at one hour, stored estimate against truth.</summary>
public sealed record ForeignHour(double LongEstimate, double LongTruth, double ShortEstimate, double ShortTruth, double ChineseEstimate, double ChineseTruth);

/// <summary>What <see cref="StoredValidation"/> compares at one hour: every level of the store against the sealed truth.</summary>
public sealed record StoredHour(HourSlot Slot, LevelHour Oa, LevelHour Dong, LevelHour Gu, LevelHour City)
{
    /// <summary>Null when the store holds no foreign figures at that hour.</summary>
    public ForeignHour? Foreign { get; init; }
}

/// <summary>Totals of a sealed truth hour, and their roll-up through the zone catalogue.</summary>
public static class TruthTotals
{
    /// <summary>All classes present per 집계구: the 28 strata, long-term and short-term foreigners.</summary>
    public static double[] PerOa(TruthHour truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var totals = new double[truth.LongTerm.Length / 2];
        for (var j = 0; j < totals.Length; j++)
        {
            double sum = 0;
            for (var s = 0; s < Strata.Count; s++)
                sum += truth.Domestic[j * Strata.Count + s];
            totals[j] = sum + truth.LongTerm[j * 2] + truth.LongTerm[j * 2 + 1] + truth.ShortTerm[j * 2] + truth.ShortTerm[j * 2 + 1];
        }
        return totals;
    }

    /// <summary>City totals of the foreign classes (long-term, short-term, Chinese of both).</summary>
    public static (double Long, double Short, double Chinese) Foreign(TruthHour truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        double lt = 0, st = 0, chinese = 0;
        for (var j = 0; j < truth.LongTerm.Length; j += 2)
        {
            lt += truth.LongTerm[j] + truth.LongTerm[j + 1];
            st += truth.ShortTerm[j] + truth.ShortTerm[j + 1];
            chinese += truth.LongTerm[j + (int)Nationality.Chinese] + truth.ShortTerm[j + (int)Nationality.Chinese];
        }
        return (lt, st, chinese);
    }

    /// <summary>Sums child values into parents; a child whose parent index is negative is left out.</summary>
    public static double[] RollUp(IReadOnlyList<double> child, IReadOnlyList<int> parent, int parentCount)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parent);
        var sums = new double[parentCount];
        for (var i = 0; i < child.Count; i++)
        {
            if (parent[i] >= 0)
                sums[parent[i]] += child[i];
        }
        return sums;
    }
}
