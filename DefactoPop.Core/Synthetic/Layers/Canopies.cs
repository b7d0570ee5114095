using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// 그늘막 at a subset of the crosswalks, wide roads first, in each district as many as Seoul counted in 2024-04
/// (3,444 in all: 송파 268 … 종로 57; districts the count did not name get 119 each, the rest shared equally).
/// </summary>
internal static class Canopies
{
    private const int Unnamed = 119;

    private static readonly Dictionary<string, int> s_byDistrict = new(StringComparer.Ordinal)
    {
        ["11710"] = 268, ["11680"] = 239, ["11650"] = 232, ["11740"] = 177, ["11215"] = 171, ["11230"] = 171,
        ["11530"] = 163, ["11140"] = 159, ["11560"] = 155, ["11305"] = 79, ["11410"] = 78, ["11440"] = 71, ["11110"] = 57,
    };

    public static int TargetOf(string districtCode) => s_byDistrict.GetValueOrDefault(districtCode, Unnamed);

    public static List<LayerPoint> At(LayerGeometry g, IReadOnlyList<LayerPoint> crosswalks, Random rng)
    {
        var districtOf = g.City.Dongs.Select((d, i) => (d.Code, g.City.Districts[g.City.DongDistrict[i]].Code))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var points = new List<LayerPoint>();
        // Weighted sampling without replacement (Efraimidis–Spirakis keys): weight grows with the square of the width.
        var keyed = crosswalks.Select(c => (Crosswalk: c, District: districtOf[c.DongCode!],
            Key: Math.Log(1 - rng.NextDouble()) / Math.Pow(c.Value!.Value / 10, 2))).ToList();
        foreach (var group in keyed.GroupBy(k => k.District).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            foreach (var (c, _, _) in group.OrderByDescending(k => k.Key).Take(TargetOf(group.Key)))
            {
                var seq = points.Count + 1;
                points.Add(new LayerPoint(LayerGeometry.Id("SYN-SH", seq), $"{c.Name} 그늘막", c.Lon, c.Lat, seq)
                {
                    Category = c.Value >= 25 ? "그늘막(스마트형)" : "그늘막(고정형)",
                    DongCode = c.DongCode,
                });
            }
        }
        return points;
    }
}
