using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.ViewModels;

/// <summary>The interval lines of the headline cards, from the city's hourly series.</summary>
public static class KpiIntervals
{
    /// <summary>The bounds of the hour <paramref name="at"/>, null when that hour has none.</summary>
    public static (double Lower, double Upper)? At(IReadOnlyList<SeriesPoint> series, HourSlot? at) =>
        series.FirstOrDefault(p => p.Slot == at) is { Lower: { } lo, Upper: { } hi } ? (lo, hi) : null;

    /// <summary>
    /// The mean of the hourly bounds: the hourly errors share the calibration, so they are taken as fully correlated and the
    /// interval of the mean is not narrowed. Null unless every hour with a figure has bounds.
    /// </summary>
    public static (double Lower, double Upper)? Mean(IReadOnlyList<SeriesPoint> series)
    {
        var points = series.Where(p => p.Value is not null).ToList();
        if (points.Count == 0 || points.Any(p => p.Lower is null || p.Upper is null))
            return null;
        return (points.Average(p => p.Lower!.Value), points.Average(p => p.Upper!.Value));
    }

    /// <summary>"90% 구간 …", or the note that the data carries none when there are figures without bounds; null when there is nothing.</summary>
    public static string? Line((double Lower, double Upper)? bounds, IReadOnlyList<SeriesPoint> series, UiText t) =>
        bounds is { } b ? t.Interval(b.Lower, b.Upper)
        : series.Any(p => p.Value is not null) ? t["interval.none"]
        : null;
}
