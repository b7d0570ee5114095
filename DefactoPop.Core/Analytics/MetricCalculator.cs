using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Derives a map metric per zone from de facto values, the register and areas.</summary>
public static class MetricCalculator
{
    /// <param name="present">The present population for the metric's query (all, or one foreign class), NaN where none.</param>
    /// <returns>One value per zone; NaN (no value) wherever an input is missing or not finite, never ±∞.</returns>
    /// <param name="lower">Lower 90 % bounds of <paramref name="present"/> (the uncertainty metric needs them; NaN where none).</param>
    public static double[] Compute(MapMetric metric, double[] present, double[] registered, IReadOnlyList<Zone> zones, double[]? lower = null, double[]? upper = null)
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
                MapMetric.Uncertainty => lower is not null && upper is not null && i < lower.Length && p > 0 ? 100 * (upper[i] - lower[i]) / p : double.NaN,
                _ => p,
            };
            result[i] = double.IsFinite(v) ? v : double.NaN;
        }
        return result;
    }

    /// <summary>The metric's 90 % bounds from those of the present population; null for the register or when there are none.</summary>
    public static MetricBounds? Bounds(MapMetric metric, double[]? lower, double[]? upper, double[] registered, IReadOnlyList<Zone> zones)
    {
        if (lower is null || upper is null || metric == MapMetric.Registered)
            return null;
        if (metric == MapMetric.Uncertainty)
            return new MetricBounds(lower, upper, InPeople: true);
        double Map(double v, int i)
        {
            var r = i < registered.Length ? registered[i] : double.NaN;
            var x = metric switch
            {
                MapMetric.Ratio => r > 0 ? v / r : double.NaN,
                MapMetric.Difference => v - r,
                MapMetric.Density => zones[i].AreaKm2 > 0 ? v / zones[i].AreaKm2 : double.NaN,
                _ => v,
            };
            return double.IsFinite(x) ? x : double.NaN;
        }
        return new MetricBounds([.. lower.Select(Map)], [.. upper.Select(Map)], InPeople: false);
    }
}
