namespace DefactoPop.Core.Spatial;

/// <summary>How far apart radio sites are around each site, the scale of a coverage model's search radius.</summary>
public static class SiteSpacing
{
    /// <summary>Local spacing per site from the distance to its 6th nearest neighbour: sqrt(π d² / 6).</summary>
    public static double[] Local(double[] x, double[] y)
    {
        const int k = 6;
        var n = x.Length;
        var spacing = new double[n];
        if (n <= k)
        {
            var w = Math.Max(1, x.Max() - x.Min());
            var h = Math.Max(1, y.Max() - y.Min());
            Array.Fill(spacing, Math.Sqrt(w * h / n));
            return spacing;
        }
        var width = x.Max() - x.Min();
        var height = y.Max() - y.Min();
        var bucket = Math.Max(1.0, Math.Sqrt(Math.Max(1, width * height) / n) * 2);
        var grid = new SpatialGrid(x, y, bucket);
        Parallel.For(0, n, i =>
        {
            var best = new double[k];
            Array.Fill(best, double.MaxValue);
            for (var ring = 1; ; ring++)
            {
                grid.ForEachNear(x[i], y[i], ring, j =>
                {
                    if (j == i)
                        return;
                    var d = (x[j] - x[i]) * (x[j] - x[i]) + (y[j] - y[i]) * (y[j] - y[i]);
                    if (d < best[k - 1])
                    {
                        var p = k - 1;
                        while (p > 0 && best[p - 1] > d)
                        {
                            best[p] = best[p - 1];
                            p--;
                        }
                        best[p] = d;
                    }
                });
                if (best[k - 1] <= (ring * bucket) * (ring * bucket) || ring > 64)
                    break;
            }
            spacing[i] = Math.Sqrt(Math.PI * best[k - 1] / k);
        });
        return spacing;
    }

    /// <summary>The median of the spacings.</summary>
    public static double Median(double[] spacing)
    {
        ArgumentNullException.ThrowIfNull(spacing);
        var sorted = (double[])spacing.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }
}
