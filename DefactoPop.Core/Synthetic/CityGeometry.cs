using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Simplify;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Synthetic;

/// <summary>Plausible Seoul geometry in local km: boundary, Han River, districts, dongs and OAs.</summary>
internal sealed class CityGeometry
{
    /// <summary>Land area to reach (Seoul's 605.4 km²), the river excluded.</summary>
    private const double LandAreaKm2 = 605.4;

    /// <summary>How far the river centreline is extended past its first and last points, km.</summary>
    private const double RiverExtensionKm = 15;

    /// <summary>Simplification tolerance for the outer land polygons, km.</summary>
    private const double SimplifyKm = 0.03;

    private static readonly GeometryFactory s_gf = new();

    public required Geometry Boundary { get; init; }
    public required Geometry River { get; init; }
    public required LineString RiverLine { get; init; }
    public required Geometry[] Districts { get; init; }
    public required List<Geometry> Dongs { get; init; }
    public required List<int> DongDistrict { get; init; }
    public required List<string?> DongLandmark { get; init; }
    public required List<Geometry> Oas { get; init; }
    public required List<int> OaDong { get; init; }

    public static GeometryFactory Factory => s_gf;

    /// <summary>The extended river centreline in km (west to east).</summary>
    public static LineString RiverCentreline()
    {
        var pts = SeoulFacts.HanRiver.Select(p => LocalProjection.SeoulKm.ToPlane(p.Lat, p.Lon)).ToList();
        pts.Insert(0, Extend(pts[1], pts[0]));
        pts.Add(Extend(pts[^2], pts[^1]));
        return s_gf.CreateLineString([.. pts]);
    }

    public static CityGeometry Build(int seed, IReadOnlyList<int> oaCounts, IReadOnlyList<Landmark> landmarks)
    {
        var riverLine = RiverCentreline();
        var river = riverLine.Buffer(SeoulFacts.HanRiverWidthKm / 2, 8);
        var north = NorthRegion(riverLine);
        var bbox = BoxKm();
        var hull = s_gf.CreateMultiPointFromCoords(SeoulFacts.Districts.Select(d => LocalProjection.SeoulKm.ToPlane(d.Lat, d.Lon)).ToArray()).ConvexHull();

        // Buffer the centroids' hull on each bank until its land (river excluded) has the real area.
        var banks = new Geometry[2];
        var boundaryParts = new Geometry[2];
        for (var bank = 0; bank < 2; bank++)
        {
            var side = bank == 0 ? (Geometry)north : bbox.Difference(north);
            var target = SeoulFacts.Districts.Where(d => d.NorthOfRiver == (bank == 0)).Sum(d => d.AreaKm2);
            double lo = 0.5, hi = 12;
            for (var it = 0; it < 30; it++)
            {
                var r = (lo + hi) / 2;
                boundaryParts[bank] = hull.Buffer(r, 8).Intersection(bbox).Intersection(side);
                if (boundaryParts[bank].Difference(river).Area > target) hi = r; else lo = r;
            }
            boundaryParts[bank] = TopologyPreservingSimplifier.Simplify(boundaryParts[bank], SimplifyKm);
            banks[bank] = Largest(boundaryParts[bank].Difference(river));
        }
        var boundary = boundaryParts[0].Union(boundaryParts[1]);

        var districts = new Geometry[SeoulFacts.Districts.Count];
        for (var bank = 0; bank < 2; bank++)
        {
            var members = Enumerable.Range(0, SeoulFacts.Districts.Count)
                .Where(i => SeoulFacts.Districts[i].NorthOfRiver == (bank == 0)).ToArray();
            var cells = PowerCells(banks[bank], members);
            for (var k = 0; k < members.Length; k++)
                districts[members[k]] = cells[k];
        }

        var rng = new Random(HashCode32(seed, 1));
        var dongs = new List<Geometry>();
        var dongDistrict = new List<int>();
        var dongLandmark = new List<string?>();
        for (var d = 0; d < districts.Length; d++)
        {
            var fact = SeoulFacts.Districts[d];
            var loc = new IndexedPointInAreaLocator(districts[d]);
            var pinned = new List<Coordinate>();
            var pinnedNames = new List<string?>();
            foreach (var lm in landmarks.Where(l => l.SigCode == fact.SigCode))
            {
                var c = LocalProjection.SeoulKm.ToPlane(lm.Lat, lm.Lon);
                if (loc.Locate(c) != Location.Interior || pinned.Count >= fact.DongCount)
                    continue;
                pinned.Add(c);
                pinnedNames.Add(lm.Key);
                // Guard sites on a hexagon fix the landmark dong's shape whatever the seed.
                for (var k = 0; k < 6 && lm.GuardKm > 0; k++)
                {
                    var a = Math.PI / 3 * k;
                    var g = new Coordinate(c.X + lm.GuardKm * Math.Cos(a), c.Y + lm.GuardKm * Math.Sin(a));
                    if (loc.Locate(g) == Location.Interior && pinned.Count < fact.DongCount
                        && pinned.All(p => p.Distance(g) > lm.GuardKm * 0.5))
                    {
                        pinned.Add(g);
                        pinnedNames.Add(null);
                    }
                }
            }
            var exclusions = landmarks.Where(l => l.SigCode == fact.SigCode && l.GuardKm > 0)
                .Select(l => (Centre: LocalProjection.SeoulKm.ToPlane(l.Lat, l.Lon), Radius: l.GuardKm)).ToList();
            var (cells, sites) = Partition(districts[d], fact.DongCount, rng, pinned, 4, exclusions);
            // Number dongs north to south, then west to east.
            var order = Enumerable.Range(0, cells.Length).OrderByDescending(i => Math.Round(sites[i].Y, 1)).ThenBy(i => sites[i].X).ToArray();
            foreach (var i in order)
            {
                dongs.Add(cells[i]);
                dongDistrict.Add(d);
                dongLandmark.Add(i < pinned.Count ? pinnedNames[i] : null);
            }
        }

        var oas = new List<Geometry>();
        var oaDong = new List<int>();
        for (var d = 0; d < districts.Length; d++)
        {
            var dongIdx = Enumerable.Range(0, dongs.Count).Where(i => dongDistrict[i] == d).ToArray();
            var counts = Apportion(dongIdx.Select(i => dongs[i].Area * (0.7 + 0.6 * rng.NextDouble())).ToArray(), oaCounts[d], 1);
            for (var k = 0; k < dongIdx.Length; k++)
            {
                var (cells, sites) = Partition(dongs[dongIdx[k]], counts[k], rng, [], 1, []);
                var order = Enumerable.Range(0, cells.Length).OrderByDescending(i => Math.Round(sites[i].Y, 2)).ThenBy(i => sites[i].X);
                foreach (var i in order)
                {
                    oas.Add(cells[i]);
                    oaDong.Add(dongIdx[k]);
                }
            }
        }

        return new CityGeometry
        {
            Boundary = boundary,
            River = river,
            RiverLine = riverLine,
            Districts = districts,
            Dongs = dongs,
            DongDistrict = dongDistrict,
            DongLandmark = dongLandmark,
            Oas = oas,
            OaDong = oaDong,
        };
    }

    /// <summary>Split weights into integer counts summing to total (largest remainder), each at least min.</summary>
    public static int[] Apportion(IReadOnlyList<double> weights, int total, int min)
    {
        var n = weights.Count;
        var counts = new int[n];
        var rest = total - min * n;
        if (rest <= 0)
        {
            Array.Fill(counts, min);
            return counts;
        }
        var sum = weights.Sum();
        var frac = new double[n];
        var given = 0;
        for (var i = 0; i < n; i++)
        {
            var exact = rest * weights[i] / sum;
            counts[i] = min + (int)Math.Floor(exact);
            frac[i] = exact - Math.Floor(exact);
            given += (int)Math.Floor(exact);
        }
        foreach (var i in Enumerable.Range(0, n).OrderByDescending(i => frac[i]).ThenBy(i => i).Take(rest - given))
            counts[i]++;
        return counts;
    }

    public static int HashCode32(int seed, int stream)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u ^ (uint)stream * 0x85EBCA77u;
            h ^= h >> 15;
            h *= 0xC2B2AE3Du;
            h ^= h >> 13;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    /// <summary>Power diagram of the member districts over one bank, weights tuned so areas follow the real ones.</summary>
    private static Geometry[] PowerCells(Geometry bank, int[] members)
    {
        var sites = members.Select(i => (X: LocalProjection.SeoulKm.X(SeoulFacts.Districts[i].Lon), Y: LocalProjection.SeoulKm.Y(SeoulFacts.Districts[i].Lat))).ToArray();
        var realSum = members.Sum(i => SeoulFacts.Districts[i].AreaKm2);
        var targets = members.Select(i => SeoulFacts.Districts[i].AreaKm2 * bank.Area / realSum).ToArray();
        var w = new double[members.Length];
        var box = bank.EnvelopeInternal.Copy();
        box.ExpandBy(5);
        var cells = new Geometry[members.Length];
        double step = 1.0, lastWorst = double.MaxValue;
        for (var it = 0; it < 150; it++)
        {
            var worst = 0.0;
            for (var k = 0; k < members.Length; k++)
            {
                cells[k] = ConvexCell.ClippedCell(sites, w, k, box, bank, s_gf);
                worst = Math.Max(worst, Math.Abs(cells[k].Area - targets[k]) / targets[k]);
            }
            if (worst < 0.01)
                break;
            if (worst > lastWorst)
                step *= 0.7;
            lastWorst = worst;
            for (var k = 0; k < members.Length; k++)
                w[k] += step * (targets[k] - cells[k].Area);
        }
        return cells;
    }

    /// <summary>n Voronoi cells inside parent; pinned sites stay put, the others follow a few Lloyd steps.</summary>
    private static (Geometry[] Cells, (double X, double Y)[] Sites) Partition(Geometry parent, int n, Random rng, IReadOnlyList<Coordinate> pinned, int lloyd,
        IReadOnlyList<(Coordinate Centre, double Radius)> exclusions)
    {
        bool Excluded(Coordinate c) => exclusions.Any(e => e.Centre.Distance(c) < e.Radius);
        if (n <= 1)
        {
            var c = parent.InteriorPoint.Coordinate;
            return ([parent], [(c.X, c.Y)]);
        }
        var loc = new IndexedPointInAreaLocator(parent);
        var env = parent.EnvelopeInternal;
        var sites = new (double X, double Y)[n];
        for (var i = 0; i < n; i++)
        {
            if (i < pinned.Count)
            {
                sites[i] = (pinned[i].X, pinned[i].Y);
                continue;
            }
            for (var tries = 0; ; tries++)
            {
                var x = env.MinX + rng.NextDouble() * env.Width;
                var y = env.MinY + rng.NextDouble() * env.Height;
                var candidate = new Coordinate(x, y);
                if ((loc.Locate(candidate) == Location.Interior && !Excluded(candidate)) || tries > 1000)
                {
                    sites[i] = (x, y);
                    break;
                }
            }
        }
        var box = env.Copy();
        box.ExpandBy(Math.Max(env.Width, env.Height) * 0.1 + 0.01);
        var prepared = PreparedGeometryFactory.Prepare(parent);
        var cells = new Geometry[n];
        for (var it = 0; it <= lloyd; it++)
        {
            for (var i = 0; i < n; i++)
            {
                // Lloyd steps use the unclipped convex cell; only the final cells are clipped to the parent.
                cells[i] = ConvexCell.ClippedCell(sites, null, i, box, parent, s_gf, prepared, clipToParent: it == lloyd);
            }
            if (it == lloyd)
                break;
            for (var i = pinned.Count; i < n; i++)
            {
                if (cells[i].IsEmpty)
                    continue;
                var c = cells[i].Centroid.Coordinate;
                if (loc.Locate(c) == Location.Interior && !Excluded(c))
                    sites[i] = (c.X, c.Y);
            }
        }
        return (cells, sites);
    }

    private static Geometry Largest(Geometry g) => ConvexCell.PolygonsWhere(g, p => p.Area > 0.5, s_gf);

    private static Polygon BoxKm() => s_gf.CreatePolygon(
    [
        LocalProjection.SeoulKm.ToPlane(37.425, 126.775), LocalProjection.SeoulKm.ToPlane(37.425, 127.180),
        LocalProjection.SeoulKm.ToPlane(37.705, 127.180), LocalProjection.SeoulKm.ToPlane(37.705, 126.775),
        LocalProjection.SeoulKm.ToPlane(37.425, 126.775),
    ]);

    private static Polygon NorthRegion(LineString river)
    {
        var coords = river.Coordinates.Select(c => c.Copy()).ToList();
        coords.Add(new Coordinate(coords[^1].X, 100));
        coords.Add(new Coordinate(coords[0].X, 100));
        coords.Add(coords[0].Copy());
        return s_gf.CreatePolygon([.. coords]);
    }

    private static Coordinate Extend(Coordinate from, Coordinate to)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var len = Math.Sqrt(dx * dx + dy * dy);
        return new Coordinate(to.X + dx / len * RiverExtensionKm, to.Y + dy / len * RiverExtensionKm);
    }
}
