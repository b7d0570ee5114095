using System.Globalization;
using DefactoPop.Core.Domain;
using NetTopologySuite.Geometries;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Synthetic;

/// <summary>Builds a synthetic Seoul, deterministic from a seed.</summary>
public static class SyntheticCityBuilder
{
    /// <summary>Scale from the 2018 Q2 register to the end-2017 headline (10.13M).</summary>
    public const double RegisterScale = SeoulFacts.RegisteredEnd2017 / SeoulFacts.Registered2018Q2;

    /// <summary>Share of Korean men per age band (Seoul's register, overall about 48.9%).</summary>
    public static IReadOnlyList<double> MaleShare { get; } =
        [0.516, 0.517, 0.517, 0.495, 0.491, 0.497, 0.502, 0.502, 0.500, 0.496, 0.491, 0.481, 0.470, 0.408];

    /// <summary>Age profile of registered foreigners by band (working ages).</summary>
    public static IReadOnlyList<double> ForeignBandShare { get; } =
        [0.03, 0.01, 0.02, 0.12, 0.16, 0.14, 0.11, 0.09, 0.08, 0.08, 0.07, 0.04, 0.03, 0.02];

    /// <summary>Residents per OA by dominant land use: residential OAs hold most, office and park OAs few.</summary>
    private const double ResidentialExponent = 2.0;

    /// <summary>Spread (log sd) of OA residents and of OA age profiles.</summary>
    private const double ResidentNoise = 0.35, AgeTiltNoise = 0.12;

    /// <summary>Chinese share of long-term foreigners away from and at the Chinese enclaves.</summary>
    private const double ChineseShareBase = 0.45, ChineseShareEnclave = 0.93;

    /// <summary>Seoul's register folded into the 14 published bands (all nationalities).</summary>
    public static double[] AgeBands14()
    {
        var bands = new double[Strata.BandCount];
        for (var i = 0; i < SeoulFacts.AgeStructure5.Count; i++)
            bands[(int)Strata.BandOfAge(5 * i)] += SeoulFacts.AgeStructure5[i];
        return bands;
    }

    /// <summary>Age shares of Korean residents by band: Seoul's structure less the foreigners.</summary>
    public static double[] DomesticBandShares()
    {
        var all = AgeBands14();
        var foreign = SeoulFacts.Districts.Sum(d => (double)d.Foreigners);
        var dom = new double[Strata.BandCount];
        for (var b = 0; b < dom.Length; b++)
            dom[b] = all[b] - foreign * ForeignBandShare[b];
        var sum = dom.Sum();
        return dom.Select(v => v / sum).ToArray();
    }

    public static SyntheticCity Build(int seed, CityOptions? options = null)
    {
        options ??= CityOptions.Default;
        var facts = SeoulFacts.Districts;
        var oaCounts = CityGeometry.Apportion(facts.Select(f => (double)f.Registered).ToArray(), options.OaTarget, 0);
        for (var d = 0; d < facts.Count; d++)
            oaCounts[d] = Math.Max(oaCounts[d], facts[d].DongCount);

        var geo = CityGeometry.Build(seed, oaCounts, Landmark.All);
        var n = geo.Oas.Count;
        var lat = new double[n];
        var lon = new double[n];
        for (var z = 0; z < n; z++)
        {
            var c = geo.Oas[z].Centroid.Coordinate;
            lat[z] = LocalProjection.SeoulKm.Lat(c.Y);
            lon[z] = LocalProjection.SeoulKm.Lon(c.X);
        }

        var rng = new Random(CityGeometry.HashCode32(seed, 2));
        var (landUse, shares) = LandUses(geo, lat, lon, rng);
        var oaDistrict = geo.OaDong.Select(i => geo.DongDistrict[i]).ToArray();
        var (domestic, foreign) = Register(n, oaDistrict, shares, lat, lon, rng);
        var (districts, dongs, oas, geometry) = Zones(geo);

        return new SyntheticCity
        {
            Seed = seed,
            Districts = districts,
            Dongs = dongs,
            Oas = oas,
            OaDong = [.. geo.OaDong],
            DongDistrict = [.. geo.DongDistrict],
            OaLat = lat,
            OaLon = lon,
            OaLandUse = landUse,
            OaLandUseShares = shares,
            RegisteredDomestic = domestic,
            RegisteredForeign = foreign,
            Geometry = geometry,
        };
    }

    private static (LandUse[] LandUse, float[] Shares) LandUses(CityGeometry geo, double[] lat, double[] lon, Random rng)
    {
        var n = lat.Length;
        var scores = CentreWeights.Scores(lat, lon);
        var edge = geo.Boundary.Boundary;
        var landUse = new LandUse[n];
        var shares = new float[n * 5];
        Span<double> raw = stackalloc double[5];
        for (var z = 0; z < n; z++)
        {
            var pt = CityGeometry.Factory.CreatePoint(LocalProjection.SeoulKm.ToPlane(lat[z], lon[z]));
            var dRiver = geo.RiverLine.Distance(pt) - SeoulFacts.HanRiverWidthKm / 2;
            var dEdge = edge.Distance(pt);
            // Riverside parks and the mountains along the city's edge.
            var park = 2.2 * Math.Exp(-dRiver / 0.35) + 1.3 * Math.Exp(-dEdge / 0.7);
            var s = z * 7;
            raw[(int)LandUse.Residential] = 1.0 * Noise(rng, 0.3);
            raw[(int)LandUse.Office] = 1.4 * scores[s] * Noise(rng, 0.4) + 0.03;
            raw[(int)LandUse.Commercial] = 2.0 * scores[s + 1] * Noise(rng, 0.4) + 0.15;
            raw[(int)LandUse.University] = 1.5 * scores[s + 2] * Noise(rng, 0.4);
            raw[(int)LandUse.Park] = park * Noise(rng, 0.5) + 0.02;
            var sum = 0.0;
            foreach (var v in raw)
                sum += v;
            var best = 0;
            for (var k = 0; k < 5; k++)
            {
                shares[z * 5 + k] = (float)(raw[k] / sum);
                if (raw[k] > raw[best])
                    best = k;
            }
            landUse[z] = (LandUse)best;
        }
        return (landUse, shares);
    }

    private static (float[] Domestic, float[] Foreign) Register(int n, int[] oaDistrict, float[] shares, double[] lat, double[] lon, Random rng)
    {
        var facts = SeoulFacts.Districts;
        var scores = CentreWeights.Scores(lat, lon);
        var weight = new double[n];
        var fweight = new double[n];
        var chinese = new double[n];
        var wsum = new double[facts.Count];
        var fsum = new double[facts.Count];
        for (var z = 0; z < n; z++)
        {
            var res = shares[z * 5 + (int)LandUse.Residential];
            weight[z] = (Math.Pow(res, ResidentialExponent) + 0.01) * Noise(rng, ResidentNoise);
            var enclave = Math.Min(1.0, scores[z * 7 + 6]);
            fweight[z] = weight[z] * (1 + 12 * scores[z * 7 + 6] + 0.5 * shares[z * 5 + (int)LandUse.University]);
            chinese[z] = ChineseShareBase + (ChineseShareEnclave - ChineseShareBase) * enclave;
            wsum[oaDistrict[z]] += weight[z];
            fsum[oaDistrict[z]] += fweight[z];
        }

        var bandShares = DomesticBandShares();
        var domestic = new float[n * Strata.Count];
        var foreign = new float[n * 2];
        Span<double> tilt = stackalloc double[Strata.BandCount];
        for (var z = 0; z < n; z++)
        {
            var f = facts[oaDistrict[z]];
            var dom = (f.Registered - f.Foreigners) * RegisterScale * weight[z] / wsum[oaDistrict[z]];
            var fr = f.Foreigners * RegisterScale * fweight[z] / fsum[oaDistrict[z]];
            foreign[z * 2] = (float)(fr * chinese[z]);
            foreign[z * 2 + 1] = (float)(fr * (1 - chinese[z]));

            // Younger near universities and shops, otherwise a mild random tilt.
            var young = 1 + 1.2 * shares[z * 5 + (int)LandUse.University] + 0.4 * shares[z * 5 + (int)LandUse.Commercial];
            var tsum = 0.0;
            for (var b = 0; b < Strata.BandCount; b++)
            {
                tilt[b] = bandShares[b] * Noise(rng, AgeTiltNoise) * (b is 3 or 4 or 5 ? young : 1);
                tsum += tilt[b];
            }
            for (var b = 0; b < Strata.BandCount; b++)
            {
                var v = dom * tilt[b] / tsum;
                domestic[z * Strata.Count + b] = (float)(v * MaleShare[b]);
                domestic[z * Strata.Count + Strata.BandCount + b] = (float)(v * (1 - MaleShare[b]));
            }
        }
        return (domestic, foreign);
    }

    private static (List<Zone> Districts, List<Zone> Dongs, List<Zone> Oas, Dictionary<string, string> Geometry) Zones(CityGeometry geo)
    {
        var facts = SeoulFacts.Districts;
        var geometry = new Dictionary<string, string>(StringComparer.Ordinal);
        var districts = new List<Zone>();
        for (var d = 0; d < facts.Count; d++)
        {
            var f = facts[d];
            districts.Add(new Zone(f.SigCode, ZoneLevel.Gu, f.NameKo, f.NameEn, Math.Round(geo.Districts[d].Area, 4), ZoneCodes.City));
            geometry[f.SigCode] = Json(geo.Districts[d]);
        }

        var dongs = new List<Zone>();
        var perDistrict = new int[facts.Count];
        var generic = new int[facts.Count];
        var landmarks = Landmark.All.ToDictionary(l => l.Key);
        for (var i = 0; i < geo.Dongs.Count; i++)
        {
            var d = geo.DongDistrict[i];
            var f = facts[d];
            var j = perDistrict[d]++;
            var code = f.SigCode + (510 + 10 * j).ToString(CultureInfo.InvariantCulture);
            var stat = "11" + (d + 1).ToString("00", CultureInfo.InvariantCulture) + (51 + j).ToString("000", CultureInfo.InvariantCulture);
            string ko, en;
            if (geo.DongLandmark[i] is { } key)
            {
                ko = landmarks[key].NameKo;
                en = landmarks[key].NameEn;
            }
            else
            {
                var g = ++generic[d];
                ko = $"{f.StemKo}{g}동";
                en = $"{f.StemEn} {g}-dong";
            }
            dongs.Add(new Zone(code, ZoneLevel.Dong, ko, en, Math.Round(geo.Dongs[i].Area, 4), f.SigCode) { StatCode = stat });
            geometry[code] = Json(geo.Dongs[i]);
        }

        var oas = new List<Zone>();
        var perDong = new int[geo.Dongs.Count];
        for (var z = 0; z < geo.Oas.Count; z++)
        {
            var dong = dongs[geo.OaDong[z]];
            var seq = ++perDong[geo.OaDong[z]];
            var code = dong.StatCode + "01" + seq.ToString("0000", CultureInfo.InvariantCulture);
            oas.Add(new Zone(code, ZoneLevel.Oa, code, null, Math.Round(geo.Oas[z].Area, 5), dong.Code));
            geometry[code] = Json(geo.Oas[z]);
        }
        return (districts, dongs, oas, geometry);
    }

    private static string Json(Geometry km)
    {
        var g = LocalProjection.SeoulKm.ToLonLat(km);
        if (!g.IsValid)
            g = g.Buffer(0);
        return GeoJsonText.Write(g);
    }

    private static double Noise(Random rng, double sd) => Math.Exp(sd * rng.NextGaussian() - sd * sd / 2);
}
