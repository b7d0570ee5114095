using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Pure computations behind the overview page.</summary>
public static class OverviewCalculator
{
    public static KpiSet Kpis(DatasetSummary summary, IReadOnlyList<SeriesPoint> citySeries)
    {
        var max = summary.Max ?? MaxOf(citySeries);
        var min = summary.Min ?? MinOf(citySeries);
        var mean = summary.Mean ?? MeanOf(citySeries);
        double? swing = max is not null && min is not null ? max.Value - min.Value : null;
        double? ratio = mean is not null && summary.Registered > 0 ? mean / summary.Registered : null;
        return new KpiSet(summary.Registered, mean, max, min, swing, ratio, summary.Days);
    }

    public static double? MeanOf(IReadOnlyList<SeriesPoint> series)
    {
        var values = series.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToArray();
        return values.Length == 0 ? null : values.Average();
    }

    public static SlotValue? MaxOf(IReadOnlyList<SeriesPoint> series) =>
        series.Where(p => p.Value is not null).MaxBy(p => p.Value) is { } p ? new SlotValue(p.Value!.Value, p.Slot) : null;

    public static SlotValue? MinOf(IReadOnlyList<SeriesPoint> series) =>
        series.Where(p => p.Value is not null).MinBy(p => p.Value) is { } p ? new SlotValue(p.Value!.Value, p.Slot) : null;

    /// <summary>Shares of domestic, long-term and short-term foreigners from their mean values (NaN or absent: never loaded, null).</summary>
    public static IReadOnlyList<ClassShare> Split(IReadOnlyDictionary<PopulationClass, double> means)
    {
        var total = means.Values.Where(double.IsFinite).Sum();
        return [.. Enum.GetValues<PopulationClass>()
            .Select(c => means.TryGetValue(c, out var m) && double.IsFinite(m) ? new ClassShare(c, m, total > 0 ? m / total : null) : new ClassShare(c, null, null))];
    }

    /// <summary>Contiguous date ranges of days off (weekends, holidays) inside the series, for shading.</summary>
    /// <param name="offType">The kind of day off of a date, or null for a working day.</param>
    public static IReadOnlyList<(DateOnly From, DateOnly To, T Type)> OffDays<T>(DateOnly from, DateOnly to, Func<DateOnly, T?> offType)
        where T : struct
    {
        var result = new List<(DateOnly, DateOnly, T)>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (offType(d) is not { } t)
                continue;
            if (result.Count > 0 && result[^1].Item2.AddDays(1) == d && EqualityComparer<T>.Default.Equals(result[^1].Item3, t))
                result[^1] = (result[^1].Item1, d, t);
            else
                result.Add((d, d, t));
        }
        return result;
    }
}
