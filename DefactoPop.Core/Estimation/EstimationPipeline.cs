using DefactoPop.Core.Operator;
using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Spatial;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Composes the stages: allocation (EM on the hourly total, strata through its posterior) → expansion (C1/C2/C3)
/// → non-phone groups → foreigners → OA estimates with intervals. The estimator sees the city's register and land use,
/// P* and the counts; never the truth or the true P.
/// </summary>
public static class EstimationPipeline
{
    public static EstimateHour EstimateHour(CityFrame city, EstimatorView view, Calibration calibration, OperatorHour counts, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        options ??= new EstimationOptions();
        var allocated = HourAllocator.Allocate(city, view, counts, options);
        return FromAllocation(city, allocated, calibration, options);
    }

    /// <summary>Expansion, non-phone groups, foreigners and intervals for one allocated hour.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EstimateHour FromAllocation(CityFrame city, AllocatedHour allocated, Calibration calibration, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(allocated);
        ArgumentNullException.ThrowIfNull(calibration);
        options ??= new EstimationOptions();
        const int S = Strata.Count;
        var method = options.Expansion.Method;
        var (est, variance) = Expansion.Domestic(allocated, calibration, method, options.Expansion.ArrivalsAtCityFactor);
        (est, variance) = NonPhoneGroups.Apply(city, calibration, est, variance, options.NonPhone);
        var (longTerm, shortTerm, foreignVar) = Foreigners.Estimate(allocated, calibration, options.Foreign);

        var n = city.OaCount;
        var totals = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var s = 0; s < S; s++)
                totals[j] += est[j * S + s];
            totals[j] += longTerm[j * 2] + longTerm[j * 2 + 1] + shortTerm[j * 2] + shortTerm[j * 2 + 1];
        }
        var spread = Intervals.ForHour(IntervalSpread(city, calibration), allocated, variance, foreignVar, totals);
        var lower = new float[n];
        var upper = new float[n];
        for (var j = 0; j < n; j++)
        {
            var (lo, hi) = spread[j].PartsOf(totals[j]).Bounds(totals[j]);
            (lower[j], upper[j]) = ((float)lo, (float)hi);
        }
        return new EstimateHour
        {
            Slot = allocated.Slot,
            Method = method,
            Allocation = options.Allocation.Method,
            Domestic = ToFloat(est),
            LongTerm = ToFloat(longTerm),
            ShortTerm = ToFloat(shortTerm),
            TotalLower = lower,
            TotalUpper = upper,
            IntervalProbability = IntervalParts.Probability,
            Spread = spread,
            OutageCells = allocated.OutageCells,
            Imputed = allocated.Imputed ?? [],
            Iterations = allocated.Iterations,
        };
    }

    /// <summary>
    /// Estimates every hour of the given counts (one day: 24 slots), hours in parallel; outage hours are imputed from the
    /// day's other hours (<see cref="OutageImputation"/>). A single hour (<see cref="EstimateHour"/>) is not imputed.
    /// </summary>
    public static IReadOnlyList<EstimateHour> EstimateDay(
        CityFrame city, EstimatorView view, Calibration calibration, IReadOnlyList<OperatorHour> counts, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= new EstimationOptions();
        var allocated = new AllocatedHour[counts.Count];
        Parallel.For(0, counts.Count, Parallelism(options), h => allocated[h] = HourAllocator.Allocate(city, view, counts[h], options));
        if (counts.Any(c => c.HasOutage))
            allocated = OutageImputation.Impute(allocated, view.Coverage, [.. counts.Select(c => c.Outage)], options.Imputation);
        var result = new EstimateHour[counts.Count];
        Parallel.For(0, counts.Count, Parallelism(options), h =>
        {
            result[h] = FromAllocation(city, allocated[h], calibration, options);
            allocated[h] = null!; // a day's allocations are large: let each go as soon as its hour is estimated
        });
        return result;
    }

    /// <summary>
    /// The first <paramref name="count"/> ordinary weekdays (no weekend, public holiday or Chuseok break: the census night) of [from, to];
    /// when the period has none, the first ordinary weekdays after it (a night population is only comparable on ordinary nights).
    /// </summary>
    public static IReadOnlyList<DateOnly> CalibrationNights(DateOnly from, DateOnly to, int count = 7)
    {
        count = Math.Max(1, count);
        var nights = new List<DateOnly>();
        for (var d = from; d <= to && nights.Count < count; d = d.AddDays(1))
        {
            if (KoreanCalendar.DayTypeOf(d) == DayType.Weekday)
                nights.Add(d);
        }
        for (var d = to.AddDays(1); nights.Count == 0 || (nights[0] > to && nights.Count < count); d = d.AddDays(1))
        {
            if (KoreanCalendar.DayTypeOf(d) == DayType.Weekday)
                nights.Add(d);
        }
        return nights;
    }

    /// <summary>The calibration's error spread per district (cached per calibration).</summary>
    private static CalibrationSpread IntervalSpread(CityFrame city, Calibration calibration) =>
        Intervals.SpreadOf(calibration, [.. city.OaDong.Select(d => city.DongDistrict[d])], PopulationOf(city.RegisteredDomestic, city.OaCount));

    private static double[] PopulationOf(float[] strata, int n)
    {
        var totals = new double[n];
        for (var k = 0; k < strata.Length; k++)
            totals[k / Strata.Count] += strata[k];
        return totals;
    }

    internal static ParallelOptions Parallelism(EstimationOptions options) =>
        new() { MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount };

    private static float[] ToFloat(double[] values)
    {
        var result = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
            result[i] = (float)values[i];
        return result;
    }
}
