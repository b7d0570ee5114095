namespace DefactoPop.Core.Validation;

/// <summary>Error measures of methodology §3.5.</summary>
public static class ValidationMetrics
{
    /// <summary>Σ|Û − U| / ΣU, in percent.</summary>
    public static double WapePct(IReadOnlyList<double> estimate, IReadOnlyList<double> truth)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(truth);
        double err = 0, sum = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            err += Math.Abs(estimate[i] - truth[i]);
            sum += truth[i];
        }
        return sum > 0 ? 100 * err / sum : 0;
    }

    /// <summary>Median of |Û − U| / U over zones with U ≥ <paramref name="minTruth"/>, in percent (NaN when none).</summary>
    public static double MedianApePct(IReadOnlyList<double> estimate, IReadOnlyList<double> truth, double minTruth)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(truth);
        var ape = new List<double>();
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] >= minTruth)
                ape.Add(Math.Abs(estimate[i] - truth[i]) / truth[i]);
        }
        return 100 * Median(ape);
    }

    /// <summary>Median; sorts <paramref name="values"/> in place (NaN when empty).</summary>
    public static double Median(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return double.NaN;
        values.Sort();
        var m = values.Count / 2;
        return values.Count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }

    /// <summary>Age-structure dissimilarity D = ½ Σ_a |Û_a/ΣÛ − U_a/ΣU| (0-1).</summary>
    public static double Dissimilarity(ReadOnlySpan<double> estimate, ReadOnlySpan<double> truth)
    {
        double se = 0, st = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            se += estimate[i];
            st += truth[i];
        }
        if (!(se > 0) || !(st > 0))
            return 0;
        double d = 0;
        for (var i = 0; i < truth.Length; i++)
            d += Math.Abs(estimate[i] / se - truth[i] / st);
        return d / 2;
    }

    public static double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = a.Count;
        double ma = 0, mb = 0;
        for (var i = 0; i < n; i++)
        {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < n; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 1;
    }
}
