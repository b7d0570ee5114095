using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.Estimation;

/// <summary>One estimated day: its 24 hours, or the issues that refused its drop; and the nights it was calibrated on.</summary>
public sealed record DayEstimate(DateOnly Date, IReadOnlyList<EstimateHour>? Hours, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<DateOnly> Nights, bool WarmUp)
{
    public bool IsValid => Hours is not null;
}

/// <summary>
/// Estimates days from the operator's drops as production would: each day is read and validated on its own, P* comes
/// from the cell plan valid that day, and C2/C3 calibrate on a rolling window of the ordinary weeknights before it
/// (<see cref="Window"/>). When a series has no earlier ordinary night yet, its first ordinary nights are used and the
/// day is marked <see cref="DayEstimate.WarmUp"/>.
/// </summary>
public sealed class DropSeries(string dropsRoot, CellPlan plan, CityFrame city, EstimationOptions? options = null, int window = 7)
{
    private readonly EstimationOptions _options = options ?? new EstimationOptions();
    private readonly Dictionary<DateOnly, AllocatedHour?> _nights = [];
    private readonly Dictionary<string, EstimatorView> _views = new(StringComparer.Ordinal);

    public int Window => Math.Max(1, window);

    /// <summary>The day folders under the drops root, ascending (listed anew: a running series receives and prunes drops).</summary>
    public IReadOnlyList<DateOnly> Days => DropReader.ListDays(dropsRoot);

    /// <summary>Days whose drop was read, plus those still delivered: a night already allocated stays usable after its drop is pruned.</summary>
    private IEnumerable<DateOnly> Known => Days.Union(_nights.Where(n => n.Value is not null).Select(n => n.Key)).Order();

    public DayEstimate Estimate(DateOnly date)
    {
        var read = DropReader.Read(DropWriter.DayFolder(dropsRoot, date), plan);
        if (read.Drop is not { } drop)
            return new DayEstimate(date, null, read.Issues, [], false);
        var view = ViewOf(drop.Cells);
        var hour = _options.Expansion.CalibrationHour;
        if (IsNight(date))
            _nights[date] = HourAllocator.Allocate(city, view, drop.Hours[hour], _options);
        var (nights, warmUp) = NightsFor(date);
        var calibration = Calibration.Build(city, [.. nights.Select(d => _nights[d]!)], _options);
        var hours = EstimationPipeline.EstimateDay(city, view, calibration, drop.Hours, _options);
        return new DayEstimate(date, hours, [], nights, warmUp);
    }

    /// <summary>Up to <see cref="Window"/> ordinary weeknights before the day with a valid drop; the series' first ones when there are none.</summary>
    private (IReadOnlyList<DateOnly> Nights, bool WarmUp) NightsFor(DateOnly date)
    {
        var known = Known.ToList();
        var before = known.Where(d => d < date && IsNight(d)).Reverse().Where(HasNight).Take(Window).Reverse().ToList();
        if (before.Count > 0)
            return (before, false);
        var first = known.Where(IsNight).Where(HasNight).Take(Window).ToList();
        if (first.Count == 0)
            throw new InvalidOperationException($"No ordinary weeknight in {dropsRoot} has a valid drop to calibrate on.");
        return (first, true);
    }

    private bool HasNight(DateOnly date)
    {
        if (!_nights.TryGetValue(date, out var night))
        {
            var read = DropReader.Read(DropWriter.DayFolder(dropsRoot, date), plan);
            night = read.Drop is { } drop
                ? HourAllocator.Allocate(city, ViewOf(drop.Cells), drop.Hours[_options.Expansion.CalibrationHour], _options)
                : null;
            _nights[date] = night;
        }
        return night is not null;
    }

    /// <summary>Computes (and keeps) P* for the cells valid on <paramref name="date"/> ahead of its drop.</summary>
    public void Prepare(DateOnly date) => ViewOf(plan.ValidOn(date));

    /// <summary>P* per distinct set of cells (the plan changes rarely).</summary>
    private EstimatorView ViewOf(CellIndex cells)
    {
        var key = string.Join('\n', cells.Cells.Select(c => c.CellId));
        lock (_views)
        {
            if (!_views.TryGetValue(key, out var view))
                _views[key] = view = EstimatorCoverage.Build(cells, city, _options.Coverage);
            return view;
        }
    }

    /// <summary>A calibration night: an ordinary weekday (no weekend, public holiday or 설날/추석 break).</summary>
    public static bool IsNight(DateOnly date) => KoreanCalendar.DayTypeOf(date) == DayType.Weekday;
}
