using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// Existing bus routes as ordered stops. 광역 routes link one outside city to one Seoul business centre: the terminal at
/// the city hall (outside Seoul) is stop 1, two more stops in the city, the stop where the line enters Seoul, then four
/// stops around the centre. Some large corridors are deliberately left without a route (파주→광화문, 시흥→여의도 — the two
/// Seoul named in 2025 — and 남양주→강남, 고양→강남, 용인→여의도). City routes join pairs of activity centres.
/// </summary>
internal static class SyntheticBusRoutes
{
    private const int SeatsPerBus = 45;

    /// <summary>(origin code, destination centre) of each 광역 route.</summary>
    public static IReadOnlyList<(string Origin, string Centre)> Express { get; } =
    [
        ("41280", "광화문/시청"), ("41280", "여의도"), ("41280", "서울역"), ("41130", "강남역"), ("41130", "잠실"),
        ("41130", "광화문/시청"), ("41190", "여의도"), ("41190", "서울역"), ("41360", "잠실"), ("41360", "광화문/시청"),
        ("41110", "강남역"), ("41110", "서울역"), ("41460", "강남역"), ("41460", "광화문/시청"), ("41170", "여의도"),
        ("41170", "강남역"), ("41150", "광화문/시청"), ("41570", "여의도"), ("41570", "서울역"), ("41450", "잠실"),
        ("41450", "강남역"), ("41310", "잠실"), ("41210", "여의도"), ("41270", "강남역"), ("41610", "강남역"),
        ("41590", "강남역"), ("41220", "강남역"), ("28237", "서울역"), ("28245", "여의도"), ("28185", "서울역"),
        ("28200", "강남역"), ("28260", "광화문/시청"),
    ];

    /// <summary>Corridors with no route, for the bus workbench to find.</summary>
    public static IReadOnlyList<(string Origin, string Centre)> Unserved { get; } =
    [
        ("41480", "광화문/시청"), ("41390", "여의도"), ("41360", "강남역"), ("41280", "강남역"), ("41460", "여의도"),
    ];

    public static List<LayerPoint> Routes(LayerGeometry g, IReadOnlyList<LayerPoint> stops, Random rng)
    {
        var at = stops.Select(s => SitingProjection.ToMetres(s.Lon, s.Lat)).ToArray();
        var points = new List<LayerPoint>();
        var centres = SeoulFacts.Centres.ToDictionary(c => c.NameKo, c => SitingProjection.ToMetres(c.Lon, c.Lat), StringComparer.Ordinal);
        for (var r = 0; r < Express.Count; r++)
        {
            var (code, centre) = Express[r];
            var origin = CommuteOrigins.ByCode(code)!;
            var id = $"M{7101 + r}";
            var seats = SeatsPerBus * (3 + rng.Next(8));
            var list = new List<(string Name, SitePoint At)>();
            var hall = origin.At;
            var stem = origin.NameKo.Split(' ')[^1][..^1];
            list.Add(($"{stem}{(origin.Code.StartsWith("28", StringComparison.Ordinal) ? "구청" : "시청")}", hall));
            foreach (var suffix in (string[])["터미널", "역"])
            {
                var (x, y) = LayerGeometry.Jitter(rng, hall.X, hall.Y, 2_000);
                list.Add(($"{stem}{suffix}", new SitePoint(x, y)));
            }
            var target = centres[centre];
            // Where the straight line from the city hall first enters Seoul.
            for (var t = 0.0; t <= 1; t += 0.02)
            {
                var (x, y) = (hall.X + t * (target.X - hall.X), hall.Y + t * (target.Y - hall.Y));
                if (g.OnLand(x, y))
                {
                    list.Add(Nearest(stops, at, x, y));
                    break;
                }
            }
            foreach (var s in Enumerable.Range(0, stops.Count).OrderBy(i => at[i].DistanceTo(target)).Take(4).OrderBy(i => at[i].DistanceTo(hall)))
                list.Add((stops[s].Name, at[s]));
            Add(points, id, code, seats, list);
        }
        // City routes: each centre to its nearest centre at least 3 km away, stops every ~600 m along the way.
        var names = SeoulFacts.Centres.Select(c => c.NameKo).ToArray();
        var done = new HashSet<(int, int)>();
        for (var i = 0; i < names.Length; i++)
        {
            var a = centres[names[i]];
            var j = Enumerable.Range(0, names.Length).Where(k => a.DistanceTo(centres[names[k]]) >= 3_000).MinBy(k => a.DistanceTo(centres[names[k]]));
            if (!done.Add((Math.Min(i, j), Math.Max(i, j))))
                continue;
            var b = centres[names[j]];
            var list = new List<(string Name, SitePoint At)>();
            var steps = (int)Math.Max(2, a.DistanceTo(b) / 600);
            for (var k = 0; k <= steps; k++)
            {
                var (x, y) = (a.X + (b.X - a.X) * k / steps, a.Y + (b.Y - a.Y) * k / steps);
                var stop = Nearest(stops, at, x, y);
                if (stop.At.DistanceTo(new SitePoint(x, y)) < 500 && list.All(s => s.Name != stop.Name))
                    list.Add(stop);
            }
            if (list.Count >= 2)
                Add(points, $"{101 + 37 * done.Count}", null, SeatsPerBus * (4 + rng.Next(9)), list);
        }
        return points;
    }

    private static (string Name, SitePoint At) Nearest(IReadOnlyList<LayerPoint> stops, SitePoint[] at, double x, double y)
    {
        var p = new SitePoint(x, y);
        var best = Enumerable.Range(0, at.Length).MinBy(i => at[i].DistanceTo(p));
        return (stops[best].Name, at[best]);
    }

    private static void Add(List<LayerPoint> into, string route, string? origin, int seats, List<(string Name, SitePoint At)> stops)
    {
        for (var k = 0; k < stops.Count; k++)
        {
            var seq = into.Count + 1;
            into.Add(LayerGeometry.Point("SYN-RS", seq, stops[k].Name, stops[k].At.X, stops[k].At.Y) with
            {
                Category = route,
                Value = k + 1,
                Capacity = seats,
                DongCode = origin,
            });
        }
    }
}
