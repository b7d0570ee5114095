using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>One straight road of the synthetic net, in metres, with its width (m).</summary>
internal sealed record Road(double X0, double Y0, double X1, double Y1, double Width, bool Arterial)
{
    public double Length => Math.Sqrt((X1 - X0) * (X1 - X0) + (Y1 - Y0) * (Y1 - Y0));
}

/// <summary>
/// A synthetic road net: an arterial grid (1.7 km, 25–50 m wide), collectors between them (12–24 m), boulevards joining
/// nearby activity centres (30–50 m) and local streets (6–12 m, as crossings only). Crosswalks sit along every road and
/// bus stops in pairs along arterials, collectors and boulevards.
/// </summary>
internal static class RoadNet
{
    public const double GridM = 1_700;
    private const double CrosswalkArterialM = 250, CrosswalkCollectorM = 300, LocalLatticeM = 350, BusStopM = 280;
    private const double LaneM = 3.25;

    public static IReadOnlyList<Road> Roads(LayerGeometry g, Random rng)
    {
        var roads = new List<Road>();
        for (var k = 0; ; k++)
        {
            var x = g.XMin + GridM * (k + 0.3);
            if (x > g.XMax)
                break;
            roads.Add(new Road(x, g.YMin, x, g.YMax, 25 + 25 * Math.Pow(rng.NextDouble(), 1.5), true));
            if (x + GridM / 2 < g.XMax)
                roads.Add(new Road(x + GridM / 2, g.YMin, x + GridM / 2, g.YMax, 12 + 12 * rng.NextDouble(), false));
        }
        for (var k = 0; ; k++)
        {
            var y = g.YMin + GridM * (k + 0.4);
            if (y > g.YMax)
                break;
            roads.Add(new Road(g.XMin, y, g.XMax, y, 25 + 25 * Math.Pow(rng.NextDouble(), 1.5), true));
            if (y + GridM / 2 < g.YMax)
                roads.Add(new Road(g.XMin, y + GridM / 2, g.XMax, y + GridM / 2, 12 + 12 * rng.NextDouble(), false));
        }
        // Boulevards: each centre to its two nearest centres.
        var centres = SeoulFacts.Centres.Select(c => SitingProjection.ToMetres(c.Lon, c.Lat)).ToArray();
        var joined = new HashSet<(int, int)>();
        for (var i = 0; i < centres.Length; i++)
        {
            foreach (var j in Enumerable.Range(0, centres.Length).Where(j => j != i).OrderBy(j => centres[i].DistanceTo(centres[j])).Take(2))
            {
                if (joined.Add((Math.Min(i, j), Math.Max(i, j))))
                    roads.Add(new Road(centres[i].X, centres[i].Y, centres[j].X, centres[j].Y, 30 + 20 * rng.NextDouble(), true));
            }
        }
        return roads;
    }

    /// <summary>Distance (m) to the nearest arterial grid line.</summary>
    public static double ArterialDistance(LayerGeometry g, double x, double y)
    {
        static double Off(double v, double origin)
        {
            var r = (v - origin) % GridM;
            if (r < 0)
                r += GridM;
            return Math.Min(r, GridM - r);
        }
        return Math.Min(Off(x, g.XMin + 0.3 * GridM), Off(y, g.YMin + 0.4 * GridM));
    }

    public static List<LayerPoint> Crosswalks(LayerGeometry g, IReadOnlyList<Road> roads, Random rng)
    {
        var points = new List<LayerPoint>();
        // One crosswalk per 20 m cell: boulevards meet at the centres and cross the grid lines.
        var taken = new HashSet<(long, long)>();
        void Add(double x, double y, double width)
        {
            if (!g.OnLand(x, y) || !taken.Add(((long)Math.Floor(x / 20), (long)Math.Floor(y / 20))))
                return;
            var w = Math.Round(Math.Clamp(width, 6, 50), 1);
            var dong = g.DongOf(g.Nearest(x, y).Oa);
            points.Add(LayerGeometry.Point("SYN-CW", points.Count + 1, $"{dong.NameKo} 횡단보도 {points.Count + 1}", x, y) with
            {
                Category = w >= 25 ? "간선" : w >= 12 ? "보조간선" : "이면도로",
                Capacity = Math.Max(1, Math.Round(w / LaneM)),
                Value = w,
                DongCode = dong.Code,
            });
        }
        foreach (var r in roads)
        {
            var step = r.Arterial ? CrosswalkArterialM : CrosswalkCollectorM;
            var count = (int)(r.Length / step);
            for (var k = 0; k <= count; k++)
            {
                var t = Math.Clamp((k + 0.3 * (rng.NextDouble() - 0.5)) / Math.Max(1, count), 0, 1);
                Add(r.X0 + t * (r.X1 - r.X0), r.Y0 + t * (r.Y1 - r.Y0), r.Width * (0.9 + 0.2 * rng.NextDouble()));
            }
        }
        // Local streets: a jittered lattice, kept more often where people live or shop.
        for (var y = g.YMin; y <= g.YMax; y += LocalLatticeM)
        {
            for (var x = g.XMin; x <= g.XMax; x += LocalLatticeM)
            {
                var (px, py) = LayerGeometry.Jitter(rng, x, y, LocalLatticeM / 3);
                var (oa, _) = g.Nearest(px, py);
                var keep = 0.25 + 0.5 * g.Share(oa, LandUse.Residential) + 0.6 * g.Share(oa, LandUse.Commercial);
                if (rng.NextDouble() < keep)
                    Add(px, py, 6 + 6 * rng.NextDouble());
            }
        }
        return points;
    }

    public static List<LayerPoint> BusStops(LayerGeometry g, IReadOnlyList<Road> roads, Random rng)
    {
        var points = new List<LayerPoint>();
        var perDong = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in roads)
        {
            var len = r.Length;
            var (ux, uy) = ((r.X1 - r.X0) / len, (r.Y1 - r.Y0) / len);
            var count = (int)(len / BusStopM);
            for (var k = 0; k <= count; k++)
            {
                var t = Math.Clamp((k + 0.5 + 0.2 * (rng.NextDouble() - 0.5)) * BusStopM, 0, len);
                var (cx, cy) = (r.X0 + t * ux, r.Y0 + t * uy);
                // A pair of stops, one on each side of the road.
                foreach (var side in (int[])[1, -1])
                {
                    var off = side * (r.Width / 2 + 4);
                    var (x, y) = (cx - uy * off + side * 20 * ux, cy + ux * off + side * 20 * uy);
                    if (!g.OnLand(x, y))
                        continue;
                    var dong = g.DongOf(g.Nearest(x, y).Oa);
                    var seq = perDong[dong.Code] = perDong.GetValueOrDefault(dong.Code) + 1;
                    points.Add(LayerGeometry.Point("SYN-BS", points.Count + 1, $"{dong.NameKo} 정류소 {seq}", x, y) with
                    {
                        Category = r.Arterial ? "가로변" : "일반",
                        DongCode = dong.Code,
                    });
                }
            }
        }
        return points;
    }
}
