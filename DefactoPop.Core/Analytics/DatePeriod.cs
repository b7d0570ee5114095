using DefactoPop.Core.Abstractions;

namespace DefactoPop.Core.Analytics;

/// <summary>The dates a view covers, clamped to the data.</summary>
public sealed record DatePeriod(DateOnly First, DateOnly Last)
{
    public static DatePeriod FromCoverage(DataCoverage coverage, DateOnly fallback) =>
        new(coverage.First?.Date ?? fallback, coverage.Last?.Date ?? fallback);

    public DateOnly Clamp(DateOnly? date, bool preferLast = true) =>
        date is { } d ? (d < First ? First : d > Last ? Last : d) : preferLast ? Last : First;

    public IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = Clamp(from, false); d <= Clamp(to); d = d.AddDays(1))
            yield return d;
    }
}
