using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// Competitor shops for the retail presets: fast food (about 1,500) where shops, offices and students are, and cosmetics
/// (about 1,200) concentrated in the shopping centres, 명동 most of all. Drawn per km² (OA area × intensity).
/// </summary>
internal static class ShopPoints
{
    public const int FastFoodTarget = 1_500, CosmeticsTarget = 1_200;
    private static readonly string[] s_fastFoodBrands = ["버거하우스", "치킨앤버거", "샌드위치스테이션", "피자앤고"];
    private static readonly string[] s_cosmeticsBrands = ["뷰티스토어", "코스메틱랩", "스킨하우스", "헬스앤뷰티"];

    public static List<LayerPoint> Shops(LayerGeometry g, Random rng)
    {
        var n = g.X.Length;
        var centres = SeoulFacts.Centres.Select(c => (At: SitingProjection.ToMetres(c.Lon, c.Lat), c.NameKo, c.Roles)).ToArray();
        var fast = new double[n];
        var beauty = new double[n];
        for (var z = 0; z < n; z++)
        {
            double busy = 0, shopping = 0;
            foreach (var (at, name, roles) in centres)
            {
                var d2 = (at.X - g.X[z]) * (at.X - g.X[z]) + (at.Y - g.Y[z]) * (at.Y - g.Y[z]);
                busy += Math.Exp(-d2 / (2 * 900.0 * 900.0));
                var pull = name == "명동" ? 8.0 : (roles & (CentreRole.Shopping | CentreRole.Tourism | CentreRole.University)) != 0 ? 1.5 : 0.2;
                shopping += pull * Math.Exp(-d2 / (2 * 600.0 * 600.0));
            }
            var area = g.City.Oas[z].AreaKm2;
            var commercial = g.Share(z, LandUse.Commercial);
            fast[z] = area * (commercial + 0.3 * g.Share(z, LandUse.Office) + 0.3 * g.Share(z, LandUse.University) + 0.03) * (0.3 + busy);
            beauty[z] = area * Math.Pow(commercial + 0.01, 1.5) * (0.05 + shopping);
        }
        var points = new List<LayerPoint>();
        Draw(g, rng, fast, FastFoodTarget, ShopCategory.FastFood, s_fastFoodBrands, points);
        Draw(g, rng, beauty, CosmeticsTarget, ShopCategory.Cosmetics, s_cosmeticsBrands, points);
        return points;
    }

    private static void Draw(LayerGeometry g, Random rng, double[] weight, int count, string category, string[] brands, List<LayerPoint> into)
    {
        var cumulative = new double[weight.Length];
        var sum = 0.0;
        for (var z = 0; z < weight.Length; z++)
            cumulative[z] = sum += weight[z];
        for (var k = 0; k < count; k++)
        {
            var z = Array.BinarySearch(cumulative, rng.NextDouble() * sum);
            z = Math.Min(z < 0 ? ~z : z, weight.Length - 1);
            var (x, y) = LayerGeometry.Jitter(rng, g.X[z], g.Y[z], 0.5 * g.Spacing);
            if (g.InRiver(x, y))
                (x, y) = (g.X[z], g.Y[z]);
            var dong = g.DongOf(z);
            var seq = into.Count + 1;
            into.Add(LayerGeometry.Point("SYN-SHOP", seq, $"{brands[rng.Next(brands.Length)]} {LayerGeometry.Stem(dong.NameKo)}점", x, y) with
            {
                Category = category,
                DongCode = dong.Code,
            });
        }
    }
}
