using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Derives a map metric per zone from de facto values, the register and areas.</summary>
public static class MetricCalculator
{
    /// <param name="present">The present population for the metric's query (all, or one foreign class), NaN where none.</param>
    /// <returns>One value per zone; NaN (no value) wherever an input is missing or not finite, never ±∞.</returns>
    public static double[] Compute(MapMetric metric, double[] present, double[] registered, IReadOnlyList<Zone> zones)
    {
        var n = zones.Count;
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = i < present.Length ? present[i] : double.NaN;
            var r = i < registered.Length ? registered[i] : double.NaN;
            var v = metric switch
            {
                MapMetric.Registered => r,
                MapMetric.Ratio => r > 0 ? p / r : double.NaN,
                MapMetric.Difference => p - r,
                MapMetric.Density => zones[i].AreaKm2 > 0 ? p / zones[i].AreaKm2 : double.NaN,
                _ => p,
            };
            result[i] = double.IsFinite(v) ? v : double.NaN;
        }
        return result;
    }
}
