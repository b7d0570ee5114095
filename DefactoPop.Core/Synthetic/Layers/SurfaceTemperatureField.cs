using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// A summer-midday land-surface temperature on a 500 m grid inside the city (a stand-in for Landsat ST_B10):
/// hotter where offices and shops are dense and near wide roads, cooler by the Han River and in parks and green edges.
/// Land use is smoothed over OAs (Gaussian, 700 m), plus a little noise; clamped to 28–45 °C.
/// </summary>
internal static class SurfaceTemperatureField
{
    public const double GridM = 500, MinC = 28, MaxC = 45;
    private const double SmoothM = 700;

    public static List<LayerPoint> Grid(LayerGeometry g, Random rng)
    {
        var points = new List<LayerPoint>();
        var near = new List<int>();
        for (var y = g.YMin + GridM / 2; y <= g.YMax; y += GridM)
        {
            for (var x = g.XMin + GridM / 2; x <= g.XMax; x += GridM)
            {
                if (!g.InCity(x, y))
                    continue;
                double w = 0, busy = 0, green = 0;
                g.Within(x, y, 2.5 * SmoothM, near);
                if (near.Count == 0)
                    near.Add(g.Nearest(x, y).Oa);
                foreach (var z in near)
                {
                    var d2 = (g.X[z] - x) * (g.X[z] - x) + (g.Y[z] - y) * (g.Y[z] - y);
                    var k = Math.Exp(-d2 / (2 * SmoothM * SmoothM)) + 1e-9;
                    w += k;
                    busy += k * (g.Share(z, LandUse.Office) + g.Share(z, LandUse.Commercial));
                    green += k * g.Share(z, LandUse.Park);
                }
                (busy, green) = (busy / w, green / w);
                var river = Math.Exp(-g.RiverDistance(x, y) / 700);
                var road = Math.Exp(-RoadNet.ArterialDistance(g, x, y) / 120);
                var t = 30.5 + 9 * busy + 4 * (1 - green) - 6 * river + 1.5 * road + 0.6 * Gaussian(rng);
                var value = Math.Round(Math.Clamp(t, MinC, MaxC), 1);
                points.Add(LayerGeometry.Point("SYN-LST", points.Count + 1, $"지표온도 격자 {points.Count + 1}", x, y) with
                {
                    Category = "LST 500m",
                    Value = value,
                });
            }
        }
        return points;
    }

    private static double Gaussian(Random rng) => RandomExtensions.NextGaussian(rng);
}
