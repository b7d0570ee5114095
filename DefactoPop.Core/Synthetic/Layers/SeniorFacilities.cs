using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// 경로당 (about 3,600; Seoul had 3,596 in 2024, 65.6 % in apartment complexes, mean capacity 35.5) placed by registered
/// 65+ residents in residential OAs, thinned in a few under-provided pockets so a coverage analysis has gaps to find;
/// and 노인복지관 (64, one to four per district by its 65+ residents).
/// </summary>
internal static class SeniorFacilities
{
    public const int CentreTarget = 3_600, WelfareTarget = 64;
    public const string CentreCategory = "경로당", WelfareCategory = "노인복지관";
    private const int Pockets = 14;
    private const double PocketRadiusM = 900, PocketMinApartM = 3_000, ApartmentShare = 0.656;

    public static List<LayerPoint> Centres(LayerGeometry g, Random rng)
    {
        var n = g.X.Length;
        var pockets = PocketCentres(g, rng);
        var weight = new double[n];
        for (var z = 0; z < n; z++)
        {
            var provision = 1.0;
            foreach (var (px, py) in pockets)
            {
                var d2 = (g.X[z] - px) * (g.X[z] - px) + (g.Y[z] - py) * (g.Y[z] - py);
                provision *= 1 - 0.95 * Math.Exp(-d2 / (2 * PocketRadiusM * PocketRadiusM));
            }
            weight[z] = g.Elderly[z] * (0.15 + g.Share(z, LandUse.Residential)) * provision;
        }
        var scale = CentreTarget / weight.Sum();
        var points = new List<LayerPoint>();
        var perDong = new Dictionary<int, int>();
        for (var z = 0; z < n; z++)
        {
            var lambda = weight[z] * scale;
            var count = (int)lambda + (rng.NextDouble() < lambda - Math.Floor(lambda) ? 1 : 0);
            for (var k = 0; k < count; k++)
            {
                var (x, y) = LayerGeometry.Jitter(rng, g.X[z], g.Y[z], 0.5 * g.Spacing);
                if (g.InRiver(x, y))
                    (x, y) = (g.X[z], g.Y[z]);
                var dong = g.DongOf(z);
                var seq = perDong[g.City.OaDong[z]] = perDong.GetValueOrDefault(g.City.OaDong[z]) + 1;
                var name = rng.NextDouble() < ApartmentShare
                    ? $"{LayerGeometry.Stem(dong.NameKo)}{seq}단지경로당"
                    : $"{dong.NameKo}제{seq}경로당";
                points.Add(LayerGeometry.Point("SYN-SC", points.Count + 1, name, x, y) with
                {
                    Category = CentreCategory,
                    Capacity = Math.Round(20 + 31 * rng.NextDouble()),
                    DongCode = dong.Code,
                });
            }
        }
        return points;
    }

    /// <summary>Centres of the under-provided pockets: OAs among the denser elderly, at least 3 km apart.</summary>
    private static List<(double X, double Y)> PocketCentres(LayerGeometry g, Random rng)
    {
        var areas = g.City.Oas.Select(o => Math.Max(o.AreaKm2, 1e-4)).ToArray();
        var dense = Enumerable.Range(0, g.X.Length).OrderByDescending(z => g.Elderly[z] / areas[z]).ThenBy(z => z)
            .Take(Math.Max(Pockets, g.X.Length * 3 / 10)).ToArray();
        var chosen = new List<(double X, double Y)>();
        for (var tries = 0; tries < 2_000 && chosen.Count < Pockets; tries++)
        {
            var z = dense[rng.Next(dense.Length)];
            if (chosen.All(c => Math.Sqrt((c.X - g.X[z]) * (c.X - g.X[z]) + (c.Y - g.Y[z]) * (c.Y - g.Y[z])) >= PocketMinApartM))
                chosen.Add((g.X[z], g.Y[z]));
        }
        return chosen;
    }

    public static List<LayerPoint> WelfareCentres(LayerGeometry g, Random rng)
    {
        var districts = g.City.Districts;
        var elderly = new double[districts.Count];
        for (var z = 0; z < g.X.Length; z++)
            elderly[g.DistrictOf(z)] += g.Elderly[z];
        // One per district, then the rest by highest average (D'Hondt), at most four each.
        var count = Enumerable.Repeat(1, districts.Count).ToArray();
        for (var k = districts.Count; k < Math.Min(WelfareTarget, 4 * districts.Count); k++)
        {
            var best = Enumerable.Range(0, districts.Count).Where(d => count[d] < 4).MaxBy(d => elderly[d] / (count[d] + 1));
            count[best]++;
        }
        var points = new List<LayerPoint>();
        for (var d = 0; d < districts.Count; d++)
        {
            var oas = Enumerable.Range(0, g.X.Length).Where(z => g.DistrictOf(z) == d).ToList();
            var placed = new List<int>();
            for (var k = 0; k < count[d] && oas.Count > 0; k++)
            {
                var far = oas.Where(z => placed.All(p => Math.Abs(g.X[p] - g.X[z]) + Math.Abs(g.Y[p] - g.Y[z]) > 1_500)).ToList();
                var pool = far.Count > 0 ? far : oas;
                var z = Draw(rng, pool, z => g.Elderly[z] * (0.1 + g.Share(z, LandUse.Residential)));
                placed.Add(z);
                var dong = g.DongOf(z);
                var name = k == 0 ? $"{districts[d].NameKo}립노인복지관" : $"{LayerGeometry.Stem(dong.NameKo)}노인복지관";
                points.Add(LayerGeometry.Point("SYN-WC", points.Count + 1, name, g.X[z], g.Y[z]) with
                {
                    Category = WelfareCategory,
                    Capacity = Math.Round(300 + 500 * rng.NextDouble()),
                    DongCode = dong.Code,
                });
            }
        }
        return points;
    }

    /// <summary>One item drawn with probability proportional to its weight.</summary>
    public static int Draw(Random rng, IReadOnlyList<int> items, Func<int, double> weight)
    {
        var total = items.Sum(weight);
        var u = rng.NextDouble() * total;
        foreach (var i in items)
        {
            u -= weight(i);
            if (u <= 0)
                return i;
        }
        return items[^1];
    }
}
