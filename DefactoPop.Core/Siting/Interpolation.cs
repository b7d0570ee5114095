namespace DefactoPop.Core.Siting;

/// <summary>Inverse-distance weighting: v(x) = Σ wᵢvᵢ / Σ wᵢ over the k nearest samples, wᵢ = 1/dᵢ^power.</summary>
public static class Interpolation
{
    /// <summary>
    /// Values at <paramref name="at"/> from the samples that carry a <see cref="SitingPlace.Value"/>; a point on a sample
    /// takes its value (the mean if several coincide). NaN everywhere when there is no sample.
    /// </summary>
    public static double[] Idw(IReadOnlyList<SitingPlace> samples, IReadOnlyList<SitePoint> at, int k = 4, double power = 2)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(at);
        if (k < 1)
            throw new ArgumentOutOfRangeException(nameof(k), k, "At least one neighbour.");
        var valued = samples.Where(s => s.Value is { } v && double.IsFinite(v)).ToArray();
        if (valued.Length == 0)
            return [.. at.Select(_ => double.NaN)];
        var points = valued.Select(s => s.At).ToArray();
        var grid = new PointIndex(points, CellSize(points));
        return [.. at.Select(p =>
        {
            var near = grid.Nearest(p, k);
            var onTop = near.Where(i => points[i].DistanceTo(p) == 0).ToArray();
            if (onTop.Length > 0)
                return onTop.Average(i => valued[i].Value!.Value);
            double sw = 0, swv = 0;
            foreach (var i in near)
            {
                var w = 1 / Math.Pow(points[i].DistanceTo(p), power);
                sw += w;
                swv += w * valued[i].Value!.Value;
            }
            return swv / sw;
        })];
    }

    /// <summary>A cell holding about four samples on average over their bounding box.</summary>
    private static double CellSize(SitePoint[] points)
    {
        var width = points.Max(p => p.X) - points.Min(p => p.X);
        var height = points.Max(p => p.Y) - points.Min(p => p.Y);
        var area = Math.Max(width, 1) * Math.Max(height, 1);
        return Math.Max(1, Math.Sqrt(4 * area / points.Length));
    }
}
