using DefactoPop.Core.Reference;

namespace DefactoPop.Core.Import.Layers;

/// <summary>
/// Which Korean projected system unlabelled coordinates are in: the one that places the most points (at least 90 %)
/// inside Seoul's bounds (126.76–127.19 E, 37.41–37.72 N).
/// </summary>
public static class CrsGuess
{
    private static readonly ProjectedCrs[] s_candidates = [ProjectedCrs.Epsg5186, ProjectedCrs.Epsg5181, ProjectedCrs.Epsg5179];

    public static ProjectedCrs? InSeoul(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var best = s_candidates.Select(crs =>
        {
            var t = KoreaCrs.ToWgs84(crs);
            var inside = points.Count(p =>
            {
                var ll = t.Transform([p.X, p.Y]);
                return ll[0] is > 126.76 and < 127.19 && ll[1] is > 37.41 and < 37.72;
            });
            return (Crs: crs, Inside: inside);
        }).MaxBy(c => c.Inside);
        return best.Inside >= Math.Max(1, points.Count * 0.9) ? best.Crs : null;
    }
}
