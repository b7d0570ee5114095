using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// The city seen by the layer generators: OA centroids in metres (<see cref="SitingProjection"/>) with a bucket grid for
/// nearest-OA look-ups, land-use shares, registered 65+ residents, the Han River and the inside-the-city test.
/// Placement is geometric (per km², not per OA), so layer counts do not depend on how finely the city is zoned.
/// </summary>
internal sealed class LayerGeometry
{
    private const double CityAreaM2 = 605.4e6;
    private const double RiverHalfWidthM = SeoulFacts.HanRiverWidthKm * 500;
    private readonly SpatialGrid _grid;
    private readonly (double X, double Y)[] _river;

    public LayerGeometry(SyntheticCity city)
    {
        City = city;
        var n = city.OaCount;
        X = new double[n];
        Y = new double[n];
        Elderly = new double[n];
        for (var z = 0; z < n; z++)
        {
            var p = SitingProjection.ToMetres(city.OaLon[z], city.OaLat[z]);
            (X[z], Y[z]) = (p.X, p.Y);
            foreach (var sex in (Sex[])[Sex.Male, Sex.Female])
            {
                Elderly[z] += city.RegisteredDomestic[z * Strata.Count + Strata.Index(sex, AgeBand.A65To69)]
                    + city.RegisteredDomestic[z * Strata.Count + Strata.Index(sex, AgeBand.A70Plus)];
            }
        }
        Spacing = Math.Sqrt(CityAreaM2 / n);
        _grid = new SpatialGrid(X, Y, Math.Max(500, Spacing * 1.5));
        _river = [.. SeoulFacts.HanRiver.Select(r => { var p = SitingProjection.ToMetres(r.Lon, r.Lat); return (p.X, p.Y); })];
        (XMin, XMax, YMin, YMax) = (X.Min(), X.Max(), Y.Min(), Y.Max());
    }

    public SyntheticCity City { get; }

    /// <summary>OA centroids in metres.</summary>
    public double[] X { get; }
    public double[] Y { get; }

    /// <summary>Registered Korean residents aged 65+ per OA.</summary>
    public double[] Elderly { get; }

    /// <summary>Typical distance between neighbouring OA centroids (m).</summary>
    public double Spacing { get; }

    public double XMin { get; }
    public double XMax { get; }
    public double YMin { get; }
    public double YMax { get; }

    public double Share(int oa, LandUse use) => City.OaLandUseShares[oa * 5 + (int)use];

    public int DistrictOf(int oa) => City.DongDistrict[City.OaDong[oa]];

    public Zone DongOf(int oa) => City.Dongs[City.OaDong[oa]];

    /// <summary>The nearest OA centroid and its distance (m).</summary>
    public (int Oa, double Distance) Nearest(double x, double y)
    {
        var best = -1;
        var bestD = double.MaxValue;
        for (var rings = 1; best < 0 || rings <= 2; rings++)
        {
            _grid.ForEachNear(x, y, rings, z =>
            {
                var d = (X[z] - x) * (X[z] - x) + (Y[z] - y) * (Y[z] - y);
                if (d < bestD)
                    (best, bestD) = (z, d);
            });
            if (rings > 64)
                break;
        }
        return (best, Math.Sqrt(bestD));
    }

    /// <summary>OAs whose centroid lies within <paramref name="radius"/> m (buckets, then exact distance).</summary>
    public void Within(double x, double y, double radius, List<int> into)
    {
        var scratch = new List<int>();
        _grid.Collect(x, y, radius, scratch);
        into.Clear();
        foreach (var z in scratch)
        {
            if ((X[z] - x) * (X[z] - x) + (Y[z] - y) * (Y[z] - y) <= radius * radius)
                into.Add(z);
        }
    }

    /// <summary>Distance (m) to the Han River centreline.</summary>
    public double RiverDistance(double x, double y)
    {
        var best = double.MaxValue;
        for (var i = 0; i + 1 < _river.Length; i++)
            best = Math.Min(best, SegmentDistance(x, y, _river[i], _river[i + 1]));
        return best;
    }

    public bool InRiver(double x, double y) => RiverDistance(x, y) < RiverHalfWidthM;

    /// <summary>Inside the city: near an OA centroid (the zoning covers Seoul), water included.</summary>
    public bool InCity(double x, double y) => Nearest(x, y).Distance <= Math.Max(400, 0.9 * Spacing);

    /// <summary>On land inside the city.</summary>
    public bool OnLand(double x, double y) => InCity(x, y) && !InRiver(x, y);

    /// <summary>A point a random distance (up to <paramref name="radius"/> m) from (x, y), uniform over the disc.</summary>
    public static (double X, double Y) Jitter(Random rng, double x, double y, double radius)
    {
        var r = radius * Math.Sqrt(rng.NextDouble());
        var a = 2 * Math.PI * rng.NextDouble();
        return (x + r * Math.Cos(a), y + r * Math.Sin(a));
    }

    /// <summary>A WGS84 layer point (6 decimals) at a metre position.</summary>
    public static LayerPoint Point(string prefix, int seq, string name, double x, double y)
    {
        var (lon, lat) = SitingProjection.ToDegrees(new SitePoint(x, y));
        return new LayerPoint(Id(prefix, seq), name, Math.Round(lon, 6), Math.Round(lat, 6), seq);
    }

    /// <summary>A stable id: the layer's prefix and a 5-digit sequence number (SYN-SC-00001).</summary>
    public static string Id(string prefix, int seq) => prefix + "-" + seq.ToString("00000", CultureInfo.InvariantCulture);

    /// <summary>The 행정동 name without its trailing 동 (역삼1동 → 역삼1).</summary>
    public static string Stem(string dongName) => dongName.EndsWith('동') && dongName.Length > 1 ? dongName[..^1] : dongName;

    private static double SegmentDistance(double x, double y, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var t = Math.Clamp(((x - a.X) * dx + (y - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
        var (px, py) = (a.X + t * dx - x, a.Y + t * dy - y);
        return Math.Sqrt(px * px + py * py);
    }
}
