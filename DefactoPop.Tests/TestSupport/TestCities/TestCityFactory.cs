using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.TestSupport.TestCities;

/// <summary>
/// Deterministic grid cities for tests: a CBD and a sub-centre of offices, commercial corridors, two campuses, parks,
/// residential elsewhere; a register with a Seoul-like age pyramid; foreigners concentrated in two 행정동.
/// </summary>
public static class TestCityFactory
{
    private const double Lat0 = 37.55;
    private const double Lon0 = 126.99;

    private static readonly double[] s_pyramid = [0.070, 0.035, 0.040, 0.065, 0.080, 0.080, 0.075, 0.080, 0.080, 0.080, 0.080, 0.075, 0.060, 0.100];

    public static TestCity Create(TestCityOptions? options = null)
    {
        options ??= new TestCityOptions();
        var n = options.OaCount;
        var cols = options.Columns;
        var rows = (n + cols - 1) / cols;
        var rng = new Random(options.Seed);
        var side = options.OaSideM;
        var mLat = 110_940.0;
        var mLon = 111_320.0 * Math.Cos(Lat0 * Math.PI / 180);

        // Zones: dong blocks and gu blocks.
        var dongKey = new Dictionary<(int, int), int>();
        var guKey = new Dictionary<(int, int), int>();
        var oaDong = new int[n];
        var dongGu = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var (c, r) = (i % cols, i / cols);
            var (bx, by) = (c / options.DongSide, r / options.DongSide);
            if (!dongKey.TryGetValue((bx, by), out var d))
            {
                var gk = (bx / options.DongsPerGuSide, by / options.DongsPerGuSide);
                if (!guKey.TryGetValue(gk, out var g))
                    guKey[gk] = g = guKey.Count;
                dongKey[(bx, by)] = d = dongKey.Count;
                dongGu.Add(g);
            }
            oaDong[i] = d;
        }
        var guCodes = Enumerable.Range(0, guKey.Count).Select(g => "11" + (110 + 10 * g).ToString("000", CultureInfo.InvariantCulture)).ToArray();
        var dongInGu = new int[guKey.Count];
        var dongCodes = new string[dongKey.Count];
        for (var d = 0; d < dongKey.Count; d++)
            dongCodes[d] = guCodes[dongGu[d]] + (510 + dongInGu[dongGu[d]]++).ToString("000", CultureInfo.InvariantCulture);

        // Land use.
        var landUse = new LandUse[n];
        var shares = new float[n * 5];
        var campus = new[] { (cols / 5, rows * 3 / 4), (cols * 3 / 4, rows * 3 / 4) };
        for (var i = 0; i < n; i++)
        {
            var (c, r) = (i % cols, i / cols);
            var size = Math.Min(cols, rows) / 2.0;
            var dc = Math.Sqrt(Math.Pow(c - cols / 2.0, 2) + Math.Pow(r - rows / 2.0, 2)) / size;
            var ds = Math.Sqrt(Math.Pow(c - cols * 0.78, 2) + Math.Pow(r - rows * 0.3, 2)) / size;
            LandUse use;
            if (dc < 0.18 || ds < 0.1)
                use = LandUse.Office;
            else if (campus.Any(p => Math.Abs(c - p.Item1) <= 1 && Math.Abs(r - p.Item2) <= 1))
                use = LandUse.University;
            else if (dc < 0.28 || c % 12 == 5 || r % 12 == 5)
                use = LandUse.Commercial;
            else if (rng.NextDouble() < 0.05)
                use = LandUse.Park;
            else
                use = LandUse.Residential;
            landUse[i] = use;
            var mix = new double[5];
            mix[(int)use] += use == LandUse.Residential ? 0.85 : 0.7;
            mix[(int)LandUse.Residential] += use == LandUse.Residential ? 0 : 0.2;
            mix[(int)LandUse.Commercial] += use == LandUse.Residential ? 0.1 : 0.05;
            mix[(int)LandUse.Park] += 0.05;
            var sum = mix.Sum();
            for (var u = 0; u < 5; u++)
                shares[i * 5 + u] = (float)(mix[u] / sum);
        }

        // Register.
        const int S = Strata.Count;
        var registered = new float[n * S];
        var foreign = new float[n * 2];
        var foreignDongs = new HashSet<int> { dongKey.Count / 3, dongKey.Count * 2 / 3 };
        for (var i = 0; i < n; i++)
        {
            var baseSize = landUse[i] switch
            {
                LandUse.Residential => 620.0,
                LandUse.Office => 60.0,
                LandUse.Commercial => 220.0,
                LandUse.University => 180.0,
                _ => 10.0,
            };
            var total = baseSize * Math.Exp(0.35 * Normal(rng) - 0.06);
            var bands = new double[Strata.BandCount];
            for (var b = 0; b < bands.Length; b++)
                bands[b] = s_pyramid[b] * Math.Exp(0.15 * Normal(rng)) * (landUse[i] == LandUse.University && b is 3 or 4 ? 3 : 1);
            var bandSum = bands.Sum();
            for (var b = 0; b < bands.Length; b++)
            {
                var male = b == (int)AgeBand.A70Plus ? 0.42 : 0.49;
                var v = total * bands[b] / bandSum;
                registered[i * S + b] = (float)(v * male);
                registered[i * S + Strata.BandCount + b] = (float)(v * (1 - male));
            }
            var fshare = foreignDongs.Contains(oaDong[i]) ? 0.07 : 0.012;
            var chinese = foreignDongs.Contains(oaDong[i]) ? 0.85 : 0.55;
            foreign[i * 2] = (float)(total * fshare * chinese);
            foreign[i * 2 + 1] = (float)(total * fshare * (1 - chinese));
        }

        // Geometry and zones.
        var oaLat = new double[n];
        var oaLon = new double[n];
        var oas = new Zone[n];
        var geometry = new Dictionary<string, string>();
        var seq = new int[dongKey.Count];
        var areaKm2 = side * side / 1e6;
        double LatOf(double r) => Lat0 + (r - rows / 2.0) * side / mLat;
        double LonOf(double c) => Lon0 + (c - cols / 2.0) * side / mLon;
        for (var i = 0; i < n; i++)
        {
            var (c, r) = (i % cols, i / cols);
            oaLat[i] = LatOf(r + 0.5);
            oaLon[i] = LonOf(c + 0.5);
            var d = oaDong[i];
            var code = dongCodes[d] + (10001 + seq[d]++).ToString("00000", CultureInfo.InvariantCulture);
            oas[i] = new Zone(code, ZoneLevel.Oa, $"집계구 {code[^5..]}", null, areaKm2, dongCodes[d]);
            geometry[code] = Box(LonOf(c), LatOf(r), LonOf(c + 1), LatOf(r + 1));
        }
        var dongs = new Zone[dongKey.Count];
        foreach (var ((bx, by), d) in dongKey)
        {
            var count = oaDong.Count(x => x == d);
            dongs[d] = new Zone(dongCodes[d], ZoneLevel.Dong, $"시험{d + 1}동", $"Test-dong {d + 1}", count * areaKm2, guCodes[dongGu[d]])
            {
                // Statistics-style code: city, district number, dong number (unique, unlike the first 7 digits of the MOIS code).
                StatCode = "11" + (dongGu[d] + 1).ToString("00", CultureInfo.InvariantCulture) + dongCodes[d][5..],
            };
            var c0 = bx * options.DongSide;
            var r0 = by * options.DongSide;
            geometry[dongCodes[d]] = Box(LonOf(c0), LatOf(r0), LonOf(Math.Min(cols, c0 + options.DongSide)), LatOf(Math.Min(rows, r0 + options.DongSide)));
        }
        var districts = new Zone[guKey.Count];
        foreach (var ((gx, gy), g) in guKey)
        {
            var area = dongs.Where((_, d) => dongGu[d] == g).Sum(z => z.AreaKm2);
            districts[g] = new Zone(guCodes[g], ZoneLevel.Gu, $"시험{g + 1}구", $"Test-gu {g + 1}", area, ZoneCodes.City);
            var span = options.DongSide * options.DongsPerGuSide;
            geometry[guCodes[g]] = Box(LonOf(gx * span), LatOf(gy * span), LonOf(Math.Min(cols, (gx + 1) * span)), LatOf(Math.Min(rows, (gy + 1) * span)));
        }

        var city = new SyntheticCity
        {
            Seed = options.Seed,
            Districts = districts,
            Dongs = dongs,
            Oas = oas,
            OaDong = oaDong,
            DongDistrict = [.. dongGu],
            OaLat = oaLat,
            OaLon = oaLon,
            OaLandUse = landUse,
            OaLandUseShares = shares,
            RegisteredDomestic = registered,
            RegisteredForeign = foreign,
            Geometry = geometry,
        };
        return Movement(city, options, rng);
    }

    private static TestCity Movement(SyntheticCity city, TestCityOptions options, Random rng)
    {
        const int S = Strata.Count;
        var n = city.OaCount;
        var total = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < S; s++)
                total[i] += city.RegisteredDomestic[i * S + s];
        }
        // Night presence deviates from the register per OA, with no net effect on the city.
        var night = new double[n];
        for (var i = 0; i < n; i++)
            night[i] = 1 + options.NightRegisterSd * Normal(rng);
        var bias = night.Zip(total, (f, t) => (f - 1) * t).Sum() / total.Sum();
        for (var i = 0; i < n; i++)
            night[i] -= bias;

        double Share(int i, LandUse u) => city.OaLandUseShares[i * 5 + (int)u];
        var work = Normalise(Enumerable.Range(0, n).Select(i =>
            (5 * Share(i, LandUse.Office) + 1.5 * Share(i, LandUse.Commercial) + 1.0 * Share(i, LandUse.University) + 0.15 * Share(i, LandUse.Residential))
            * Math.Exp(0.3 * Normal(rng))));
        var study = Normalise(Enumerable.Range(0, n).Select(i =>
            (5 * Share(i, LandUse.University) + 0.4 * Share(i, LandUse.Residential) + 0.3 * Share(i, LandUse.Commercial)) * Math.Exp(0.3 * Normal(rng))));
        var leisure = Normalise(Enumerable.Range(0, n).Select(i =>
            (3 * Share(i, LandUse.Commercial) + 2 * Share(i, LandUse.Park) + 0.5 * Share(i, LandUse.Office) + 0.2 * Share(i, LandUse.Residential))
            * Math.Exp(0.3 * Normal(rng))));
        // Local trips: normalised within each 행정동.
        var localRaw = Enumerable.Range(0, n).Select(i =>
            (1.0 * Share(i, LandUse.Residential) + 1.5 * Share(i, LandUse.Commercial) + 1.0 * Share(i, LandUse.Park)) * Math.Exp(0.3 * Normal(rng))).ToArray();
        var dongSum = new double[city.Dongs.Count];
        for (var i = 0; i < n; i++)
            dongSum[city.OaDong[i]] += localRaw[i];
        var local = localRaw.Select((v, i) => v / dongSum[city.OaDong[i]]).ToArray();
        var hotel = Normalise(Enumerable.Range(0, n).Select(i =>
            Share(i, LandUse.Commercial) * (city.OaLandUse[i] == LandUse.Commercial ? 1 : 0.05) * Math.Exp(0.5 * Normal(rng))));
        return new TestCity(city, options, night, work, study, leisure, local, hotel);
    }

    private static double[] Normalise(IEnumerable<double> values)
    {
        var a = values.ToArray();
        var sum = a.Sum();
        return a.Select(v => v / sum).ToArray();
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static string Box(double lon0, double lat0, double lon1, double lat1)
    {
        var sb = new StringBuilder();
        sb.Append("{\"type\":\"Polygon\",\"coordinates\":[[");
        (double, double)[] ring = [(lon0, lat0), (lon1, lat0), (lon1, lat1), (lon0, lat1), (lon0, lat0)];
        for (var k = 0; k < ring.Length; k++)
        {
            if (k > 0)
                sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"[{ring[k].Item1:F5},{ring[k].Item2:F5}]");
        }
        sb.Append("]]}");
        return sb.ToString();
    }
}
