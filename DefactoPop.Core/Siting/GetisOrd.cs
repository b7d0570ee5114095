namespace DefactoPop.Core.Siting;

/// <summary>
/// Getis–Ord Gi* hot spots with binary distance-band weights (the focal unit included):
/// Gi* = [Σⱼ wᵢⱼxⱼ − X̄·Σⱼ wᵢⱼ] / (S·√{[n·Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²]/(n−1)}), an analytic z-score.
/// </summary>
public static class GetisOrd
{
    public static double[] GiStar(IReadOnlyList<double> x, IReadOnlyList<SitePoint> at, double band)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(at);
        var n = x.Count;
        if (at.Count != n || n < 2)
            throw new ArgumentException("Gi* needs at least two units, each with a place.", nameof(at));
        var mean = x.Average();
        var s = Math.Sqrt(x.Sum(v => v * v) / n - mean * mean);
        var z = new double[n];
        var index = new PointIndex(at, band);
        for (var i = 0; i < n; i++)
        {
            double sumWx = 0, sumW = 0;
            foreach (var j in index.Within(at[i], band))
            {
                sumWx += x[j];
                sumW += 1; // binary weights: Σw² = Σw
            }
            var denominator = s * Math.Sqrt((n * sumW - sumW * sumW) / (n - 1));
            z[i] = denominator > 0 ? (sumWx - mean * sumW) / denominator : 0;
        }
        return z;
    }

    /// <summary>ArcGIS's bins: ±3 / ±2 / ±1 for 99 / 95 / 90 % confidence (two-sided), 0 otherwise.</summary>
    public static int Bin(double z) => Math.Abs(z) switch
    {
        >= 2.576 => 3 * Math.Sign(z),
        >= 1.960 => 2 * Math.Sign(z),
        >= 1.645 => Math.Sign(z),
        _ => 0,
    };
}
