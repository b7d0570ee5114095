namespace DefactoPop.Core.Analytics;

/// <summary>URL keys and properties of <see cref="MapMetric"/>.</summary>
public static class MapMetrics
{
    public static readonly IReadOnlyList<MapMetric> All = Enum.GetValues<MapMetric>();

    public static string Key(this MapMetric metric) => metric switch
    {
        MapMetric.DeFacto => "defacto",
        MapMetric.Registered => "registered",
        MapMetric.Ratio => "ratio",
        MapMetric.Difference => "diff",
        MapMetric.Density => "density",
        MapMetric.LongTerm => "long",
        MapMetric.ShortTerm => "short",
        MapMetric.ChineseShortTerm => "short-cn",
        MapMetric.Uncertainty => "uncertainty",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>Parses a URL key (case-insensitive); false for an unknown key.</summary>
    public static bool TryParse(string? key, out MapMetric metric)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                metric = m;
                return true;
            }
        }
        metric = MapMetric.DeFacto;
        return false;
    }

    /// <summary>Parses a URL key; unknown or empty keys give de facto.</summary>
    public static MapMetric ParseOrDefault(string? key) => TryParse(key, out var m) ? m : MapMetric.DeFacto;

    /// <summary>Metrics that can be below zero and want a diverging palette.</summary>
    public static bool IsDiverging(this MapMetric metric) => metric == MapMetric.Difference;

    /// <summary>Whether the sex and age-band filter applies (domestic strata and the register only).</summary>
    public static bool UsesStrata(this MapMetric metric) =>
        metric is MapMetric.DeFacto or MapMetric.Registered or MapMetric.Ratio or MapMetric.Difference or MapMetric.Density or MapMetric.Uncertainty;
}
