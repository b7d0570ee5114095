using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Builds ranking rows from aligned arrays.</summary>
public static class Rankings
{
    /// <param name="deFacto">Mean de facto per zone (NaN where none), aligned with zones.</param>
    /// <param name="day">Optional daytime mean per zone, for the day/night ratio.</param>
    /// <param name="night">Optional night-time mean per zone.</param>
    /// <param name="bounds">90 % bounds of <paramref name="deFacto"/>, NaN where none; null when the data has none.</param>
    public static IReadOnlyList<RankingRow> Build(IReadOnlyList<Zone> zones, double[] registered, double[] deFacto, double[]? day, double[]? night,
        (double[] Lower, double[] Upper)? bounds = null)
    {
        var rows = new List<RankingRow>(zones.Count);
        for (var i = 0; i < zones.Count; i++)
        {
            double? p = double.IsFinite(deFacto[i]) ? deFacto[i] : null;
            double? r = double.IsFinite(registered[i]) ? registered[i] : null;
            double? ratio = p is not null && r > 0 ? p / r : null;
            double? diff = p is not null ? p - r : null;
            rows.Add(new RankingRow(0, zones[i], r, p, ratio, diff, DayNight.Ratio(day?[i], night?[i]))
            {
                Lower = bounds is { } b && double.IsFinite(b.Lower[i]) ? b.Lower[i] : null,
                Upper = bounds is { } c && double.IsFinite(c.Upper[i]) ? c.Upper[i] : null,
            });
        }
        return [.. rows.OrderByDescending(r => r.DeFacto ?? double.MinValue).Select((r, i) => r with { Rank = i + 1 })];
    }
}
