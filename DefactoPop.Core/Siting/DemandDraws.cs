namespace DefactoPop.Core.Siting;

/// <summary>
/// Plausible demand surfaces for the uncertainty of a siting result. Each zone's figure is drawn from a normal
/// distribution with the point estimate as mean and the 90 % interval as ±1.645 SD (the half-widths may differ: each
/// side uses its own), truncated at 0; zones are drawn independently (the store keeps no zone-to-zone covariance, so
/// neighbouring errors that move together are not modelled). Zones without an interval (official files) keep their value.
/// </summary>
public static class DemandDraws
{
    private const double Z90 = 1.6448536269514722;

    /// <summary><paramref name="count"/> draws of the demand vector; draw 0 is the point estimate itself.</summary>
    public static double[][] Draw(IReadOnlyList<double> estimate, IReadOnlyList<double>? lower, IReadOnlyList<double>? upper, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (count < 1)
            throw new ArgumentOutOfRangeException(nameof(count), count, "At least one draw.");
        if (lower is not null && lower.Count != estimate.Count || upper is not null && upper.Count != estimate.Count)
            throw new ArgumentException("Bounds must match the estimates.");
        var rng = new Random(seed);
        var draws = new double[count][];
        draws[0] = [.. estimate];
        for (var d = 1; d < count; d++)
        {
            var v = new double[estimate.Count];
            for (var i = 0; i < v.Length; i++)
            {
                var m = estimate[i];
                if (lower is null || upper is null || !double.IsFinite(lower[i]) || !double.IsFinite(upper[i]))
                {
                    v[i] = m;
                    continue;
                }
                var z = Normal(rng);
                var sd = (z < 0 ? m - lower[i] : upper[i] - m) / Z90;
                v[i] = Math.Max(0, m + z * Math.Max(0, sd));
            }
            draws[d] = v;
        }
        return draws;
    }

    private static double Normal(Random rng)
    {
        // Box–Muller.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
