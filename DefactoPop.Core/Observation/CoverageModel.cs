using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Observation;

/// <summary>
/// The true coverage P of the synthetic network: the mobloc-style <see cref="SignalModel"/> plus shadow fading
/// (a seeded normal dB offset per cell and OA, <see cref="NetworkOptions.ShadowFadingDb"/>) that no planning tool knows.
/// The estimator computes its own P* from the cell plan without it, so P and P* differ as they do in practice.
/// </summary>
internal static class CoverageModel
{
    public static CoverageMatrix Truth(
        NetworkOptions o, double[] siteX, double[] siteY, int[] cellSite, double[] azimuth, double[] powerW, double radius,
        double[] ox, double[] oy, int seed)
    {
        var cells = cellSite.Length;
        var model = new SignalModel(
            o.Signal, [.. cellSite.Select(s => siteX[s])], [.. cellSite.Select(s => siteY[s])], azimuth,
            Filled(cells, o.HeightM), Filled(cells, o.HorizontalBeamDeg), powerW);
        var fading = o.ShadowFadingDb;
        var cols = model.Columns(ox, oy, radius, fading > 0 ? (c, j, dbm) => dbm + fading * Rng.For(seed, 12, c, j).Normal() : null);
        return SignalModel.Build(cols, cells);
    }

    private static double[] Filled(int n, double value)
    {
        var a = new double[n];
        Array.Fill(a, value);
        return a;
    }
}
