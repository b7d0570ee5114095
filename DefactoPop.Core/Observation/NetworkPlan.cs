using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Observation;

/// <summary>
/// A synthetic KT cell plan (sites × sectors) and its true coverage matrix P evaluated at OA centroids.
/// The estimator never sees <see cref="Coverage"/>: it computes its own P* from the cell plan file.
/// </summary>
public sealed class NetworkPlan
{
    private NetworkPlan(
        int seed, NetworkOptions options, LocalProjection projection,
        double[] siteX, double[] siteY, int[] cellSite, double[] cellAzimuth, double[] cellPower,
        CoverageMatrix coverage)
    {
        Seed = seed;
        Options = options;
        Projection = projection;
        SiteX = siteX;
        SiteY = siteY;
        CellSite = cellSite;
        CellAzimuthDeg = cellAzimuth;
        CellPowerW = cellPower;
        Coverage = coverage;
    }

    public int Seed { get; }
    public NetworkOptions Options { get; }
    public LocalProjection Projection { get; }

    /// <summary>Site positions in metres (see <see cref="Projection"/>).</summary>
    public double[] SiteX { get; }
    public double[] SiteY { get; }

    public int SiteCount => SiteX.Length;
    public int CellCount => CellSite.Length;

    /// <summary>Site of each cell (sector), azimuth in degrees clockwise from north, transmit power in watts.</summary>
    public int[] CellSite { get; }
    public double[] CellAzimuthDeg { get; }
    public double[] CellPowerW { get; }

    /// <summary>The true (generative) coverage matrix P.</summary>
    public CoverageMatrix Coverage { get; }

    public double SiteLat(int site) => Projection.Lat(SiteY[site]);
    public double SiteLon(int site) => Projection.Lon(SiteX[site]);

    public static NetworkPlan Generate(SyntheticCity city, int seed, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        options ??= new NetworkOptions();
        var n = city.OaCount;
        if (n == 0)
            throw new ArgumentException("The city has no OAs.", nameof(city));
        var projection = LocalProjection.MetresAroundMean(city.OaLat, city.OaLon);
        var (ox, oy) = projection.Project(city.OaLat, city.OaLon);
        var area = OaAreasM2(city, ox, oy);

        var siteCount = options.SiteCount ?? Math.Max(3, (int)Math.Round(n * options.SitesPerOa));
        var (siteX, siteY) = PlaceSites(city, seed, options, siteCount, ox, oy, area);
        var spacing = SiteSpacing.Local(siteX, siteY);

        var sectors = options.SectorsPerSite;
        var cellCount = siteCount * sectors;
        var cellSite = new int[cellCount];
        var azimuth = new double[cellCount];
        var power = new double[cellCount];
        for (var s = 0; s < siteCount; s++)
        {
            var rng = Rng.For(seed, 11, s);
            var baseAz = rng.NextDouble() * 360.0;
            var rMid = options.MidRangeSpacings * spacing[s];
            var dbm = options.Signal.SMid + 10 * options.Signal.PathLossExponent * Math.Log10(Math.Sqrt(rMid * rMid + options.HeightM * options.HeightM));
            for (var k = 0; k < sectors; k++)
            {
                var c = s * sectors + k;
                cellSite[c] = s;
                azimuth[c] = (baseAz + k * 360.0 / sectors) % 360.0;
                power[c] = Math.Pow(10, dbm / 10) / 1000.0;
            }
        }

        var radius = options.SearchRadiusSpacings * SiteSpacing.Median(spacing);
        var truth = CoverageModel.Truth(options, siteX, siteY, cellSite, azimuth, power, radius, ox, oy, seed);
        return new NetworkPlan(seed, options, projection, siteX, siteY, cellSite, azimuth, power, truth);
    }

    /// <summary>OA areas in m², from the zone areas or, when absent, from the mean spacing of centroids.</summary>
    private static double[] OaAreasM2(SyntheticCity city, double[] ox, double[] oy)
    {
        var n = city.OaCount;
        var area = new double[n];
        double known = 0;
        var knownCount = 0;
        for (var i = 0; i < n; i++)
        {
            area[i] = city.Oas[i].AreaKm2 * 1e6;
            if (area[i] > 0)
            {
                known += area[i];
                knownCount++;
            }
        }
        double fallback;
        if (knownCount > 0)
            fallback = known / knownCount;
        else
        {
            var w = ox.Max() - ox.Min();
            var h = oy.Max() - oy.Min();
            fallback = Math.Max(1e4, w * h / n);
        }
        for (var i = 0; i < n; i++)
        {
            if (!(area[i] > 0))
                area[i] = fallback;
        }
        return area;
    }

    /// <summary>Systematic PPS sampling of OAs along a serpentine order (well spread), weighted by area × office/commercial boost.</summary>
    private static (double[] X, double[] Y) PlaceSites(
        SyntheticCity city, int seed, NetworkOptions options, int siteCount, double[] ox, double[] oy, double[] area)
    {
        var n = city.OaCount;
        var totalArea = area.Sum();
        var band = Math.Sqrt(totalArea / siteCount);
        var yMin = oy.Min();
        var order = Enumerable.Range(0, n)
            .Select(i =>
            {
                var b = (int)Math.Floor((oy[i] - yMin) / band);
                return (i, b, x: b % 2 == 0 ? ox[i] : -ox[i]);
            })
            .OrderBy(t => t.b).ThenBy(t => t.x).ThenBy(t => t.i)
            .Select(t => t.i)
            .ToArray();
        var weight = new double[n];
        for (var i = 0; i < n; i++)
        {
            var busy = city.OaLandUseShares[i * 5 + (int)LandUse.Office] + city.OaLandUseShares[i * 5 + (int)LandUse.Commercial];
            weight[i] = area[i] * (1 + options.OfficeDensityBoost * busy);
        }
        var total = weight.Sum();
        var step = total / siteCount;
        var rng = Rng.For(seed, 10);
        var next = rng.NextDouble() * step;
        var x = new double[siteCount];
        var y = new double[siteCount];
        var placed = 0;
        double cum = 0;
        foreach (var i in order)
        {
            cum += weight[i];
            var side = Math.Sqrt(area[i]);
            while (placed < siteCount && next < cum)
            {
                x[placed] = ox[i] + (rng.NextDouble() - 0.5) * side;
                y[placed] = oy[i] + (rng.NextDouble() - 0.5) * side;
                placed++;
                next += step;
            }
        }
        for (; placed < siteCount; placed++)
        {
            var i = order[^1];
            x[placed] = ox[i];
            y[placed] = oy[i];
        }
        return (x, y);
    }
}
