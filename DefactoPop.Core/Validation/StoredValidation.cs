using System.Globalization;

namespace DefactoPop.Core.Validation;

/// <summary>
/// Out-of-sample validation of stored estimates (issue 8, item 8): per day and overall, the city total's largest hourly
/// error, WAPE at 자치구 / 행정동 / 집계구 and the 90 % interval coverage at every level, each checked against its target.
/// </summary>
public static class StoredValidation
{
    /// <summary>The days validated when none are named: 추석, a weekday, a Saturday, a Sunday and a December weekday.</summary>
    public static IReadOnlyList<DateOnly> DefaultDays { get; } =
    [
        new(2017, 10, 4), new(2017, 10, 11), new(2017, 10, 14), new(2017, 10, 15), new(2017, 12, 20),
    ];

    /// <summary>Tallies the hours of one day.</summary>
    public static StoredTally TallyDay(IEnumerable<StoredHour> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var tally = StoredTally.Day();
        foreach (var hour in hours)
            tally.Add(hour);
        return tally;
    }

    /// <summary>The report of the days' tallies, in the given order, and of all of them pooled.</summary>
    public static StoredValidationReport Report(IReadOnlyList<(DateOnly Date, StoredTally Tally)> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var overall = new StoredTally();
        foreach (var (_, tally) in days)
            overall.Add(tally);
        var perDay = days.Select(d => Measure(d.Tally) with { Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }).ToList();
        return new StoredValidationReport(perDay, Measure(overall));
    }

    /// <summary>The metrics and target checks of a tally.</summary>
    public static StoredMetrics Measure(StoredTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var wape = new LevelWape(Round(tally.Gu.WapePct), Round(tally.Dong.WapePct), Round(tally.Oa.WapePct));
        var coverage = new LevelCoverage(Round(tally.Oa.CoveragePct), Round(tally.Dong.CoveragePct), Round(tally.Gu.CoveragePct), Round(tally.City.CoveragePct));
        var cityMax = Round(tally.CityMaxErrorPct);
        return new StoredMetrics
        {
            Days = tally.Days,
            Hours = tally.Hours,
            CityTotalMaxErrorPct = cityMax,
            CityTotalMeanErrorPct = Round(tally.CityErrorPctSum / Math.Max(1, tally.Hours)),
            WapePct = wape,
            Interval90CoveragePct = coverage,
            Foreigners = Foreigners(tally),
            Targets = Targets(cityMax, wape, coverage),
        };
    }

    /// <summary>The targets of issue 8: city total ≤ 0.5 %, WAPE ≤ 3 / 8 / 22 %, coverage 85–95 % at every level.</summary>
    public static IReadOnlyList<TargetCheck> Targets(double cityMaxErrorPct, LevelWape wape, LevelCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(wape);
        ArgumentNullException.ThrowIfNull(coverage);
        return
        [
            AtMost("cityTotalMaxErrorPct", cityMaxErrorPct, 0.5),
            AtMost("wapeGuPct", wape.Gu, 3),
            AtMost("wapeDongPct", wape.Dong, 8),
            AtMost("wapeOaPct", wape.Oa, 22),
            Within("interval90CoverageOaPct", coverage.Oa, 85, 95),
            Within("interval90CoverageDongPct", coverage.Dong, 85, 95),
            Within("interval90CoverageGuPct", coverage.Gu, 85, 95),
            Within("interval90CoverageCityPct", coverage.City, 85, 95),
        ];
    }

    private static ForeignerErrors? Foreigners(StoredTally tally) =>
        tally.ForeignHours == 0
            ? null
            : new ForeignerErrors(
                Round(tally.LongErrorPctSum / tally.ForeignHours),
                Round(tally.ShortErrorPctSum / tally.ForeignHours),
                Round(tally.ChineseShareErrorPpSum / tally.ForeignHours));

    private static TargetCheck AtMost(string name, double value, double limit) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"<= {limit}"), value <= limit);

    private static TargetCheck Within(string name, double value, double low, double high) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"{low}-{high}"), value >= low && value <= high);

    private static double Round(double v) => double.IsFinite(v) ? Math.Round(v, 3) : v;
}
