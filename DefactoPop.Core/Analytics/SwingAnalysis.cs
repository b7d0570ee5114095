using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Daily swings per zone, the hour × day matrix and calendar effects.</summary>
public static class SwingAnalysis
{
    public static IReadOnlyList<ZoneSwing> PerZone(IReadOnlyList<Zone> zones, IReadOnlyList<DailyStat> stats)
    {
        var byCode = stats.GroupBy(s => s.ZoneCode).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var rows = new List<ZoneSwing>();
        foreach (var z in zones)
        {
            if (!byCode.TryGetValue(z.Code, out var days) || days.Length == 0)
                continue;
            var min = days.Average(d => d.Min);
            var max = days.Average(d => d.Max);
            var amp = days.Average(d => d.Max - d.Min);
            var mean = days.Average(d => d.Mean);
            rows.Add(new ZoneSwing(z, Mode(days.Select(d => d.MinHour)), Mode(days.Select(d => d.MaxHour)),
                min, max, amp, mean > 0 ? amp / mean : 0));
        }
        return [.. rows.OrderByDescending(r => r.Amplitude)];
    }

    public static HourDayMatrix Matrix(IReadOnlyList<SeriesPoint> series)
    {
        var dates = series.Select(p => p.Slot.Date).Distinct().Order().ToList();
        var index = dates.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var values = dates.Select(_ => new double?[24]).ToArray();
        foreach (var p in series)
            values[index[p.Slot.Date]][p.Slot.Hour] = p.Value;
        return new HourDayMatrix(dates, values);
    }

    /// <summary>Mean hourly population per kind of day against the weekday mean.</summary>
    /// <param name="kindOf">
    /// The kind of each date: <see cref="CalendarEffect.Weekday"/> (the baseline), <see cref="CalendarEffect.Weekend"/>,
    /// or a holiday key. The effects come as baseline, weekend, then the holiday keys in ordinal order.
    /// </param>
    public static IReadOnlyList<CalendarEffect> CalendarEffects(IReadOnlyList<SeriesPoint> series, Func<DateOnly, string> kindOf)
    {
        var daily = series.Where(p => p.Value is not null)
            .GroupBy(p => p.Slot.Date)
            .Select(g => (Date: g.Key, Kind: kindOf(g.Key), Mean: g.Average(p => p.Value!.Value)))
            .ToList();
        var weekdays = daily.Where(d => d.Kind == CalendarEffect.Weekday).ToList();
        if (weekdays.Count == 0)
            return [];
        var baseline = weekdays.Average(d => d.Mean);
        var effects = new List<CalendarEffect> { new(CalendarEffect.Weekday, weekdays.Count, baseline, 0, 0) };
        var others = daily.Select(d => d.Kind).Where(k => k is not CalendarEffect.Weekday and not CalendarEffect.Weekend)
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var kind in others.Prepend(CalendarEffect.Weekend))
        {
            var days = daily.Where(d => d.Kind == kind).ToList();
            if (days.Count == 0)
                continue;
            var m = days.Average(d => d.Mean);
            effects.Add(new CalendarEffect(kind, days.Count, m, m - baseline, (m - baseline) / baseline * 100));
        }
        return effects;
    }

    private static int Mode(IEnumerable<int> hours) =>
        hours.GroupBy(h => h).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
