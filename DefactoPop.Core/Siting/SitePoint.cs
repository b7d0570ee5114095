namespace DefactoPop.Core.Siting;

/// <summary>A place in projected metres (EPSG:5179 by default): a zone centroid, a candidate site, a facility, a store.</summary>
public readonly record struct SitePoint(double X, double Y)
{
    public double DistanceTo(SitePoint other) => Math.Sqrt((X - other.X) * (X - other.X) + (Y - other.Y) * (Y - other.Y));

    /// <summary>Distances from every point of <paramref name="from"/> to every point of <paramref name="to"/>, [i][j].</summary>
    public static double[][] Distances(IReadOnlyList<SitePoint> from, IReadOnlyList<SitePoint> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return [.. from.Select(a => to.Select(a.DistanceTo).ToArray())];
    }
}
