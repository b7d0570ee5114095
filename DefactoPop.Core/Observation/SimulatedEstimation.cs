using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Observation;

/// <summary>
/// A simulated run without files: the truth observed by the synthetic operator, and the estimator fed exactly what the
/// operator's and the city's files would hold (the cell plan, <see cref="CityHandover.FrameOf"/>), never the city itself.
/// </summary>
public static class SimulatedEstimation
{
    /// <summary>
    /// What the emitted files would give the estimator: the city frame with the seeded census of usual residents, and
    /// the options built from the operator's published rates and subscriber base (both carrying their misspecification).
    /// </summary>
    public static (CityFrame Frame, EstimationOptions Options) InputsOf(SyntheticCity city, ObservationOptions observation, int seed, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        var frame = CityHandover.FrameOf(city, CensusBuilder.Build(city, seed, CensusBuilder.DefaultReferenceDate));
        var validFrom = new DateOnly(2017, 1, 1);
        var published = PublishedAssumptions.Apply(options ?? new EstimationOptions(),
            OperatorPublication.RatesOf(observation, seed, validFrom), OperatorPublication.SubscriberBaseOf(city, observation, seed, validFrom), frame);
        return (frame, published);
    }

    /// <summary>P* as the estimator computes it from the operator's cell plan file.</summary>
    public static EstimatorView ViewOf(NetworkPlan plan, CityFrame frame, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cells = new CellIndex(OperatorEmitter.CellPlanOf(plan, DateOnly.MinValue).Entries);
        return EstimatorCoverage.Build(cells, frame, options);
    }

    /// <summary>Truth → KT counts (observation) → estimates for hours 0-23 of <paramref name="date"/>.</summary>
    public static IReadOnlyList<EstimateHour> EstimateDay(
        SyntheticCity city, NetworkPlan plan, CityFrame frame, EstimatorView view, Calibration calibration, DateOnly date,
        Func<HourSlot, TruthHour> truth, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new SimulationOptions();
        var gate = new object();
        var counts = new OperatorHour[24];
        Parallel.For(0, 24, EstimationPipeline.Parallelism(options.Estimation), h =>
            counts[h] = Observe(city, plan, new HourSlot(date, h), truth, options, gate));
        return EstimationPipeline.EstimateDay(frame, view, calibration, counts, options.Estimation);
    }

    /// <summary>Observes the calibration hour of each night and calibrates on it.</summary>
    public static Calibration Calibrate(
        SyntheticCity city, NetworkPlan plan, CityFrame frame, EstimatorView view, IReadOnlyList<DateOnly> nights,
        Func<HourSlot, TruthHour> truth, SimulationOptions? options = null)
    {
        options ??= new SimulationOptions();
        return Calibration.Build(frame, AllocateNights(city, plan, frame, view, nights, truth, options), options.Estimation);
    }

    /// <summary>The calibration hour of each night, observed and allocated.</summary>
    public static IReadOnlyList<AllocatedHour> AllocateNights(
        SyntheticCity city, NetworkPlan plan, CityFrame frame, EstimatorView view, IReadOnlyList<DateOnly> nights,
        Func<HourSlot, TruthHour> truth, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nights);
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new SimulationOptions();
        var gate = new object();
        var hour = options.Estimation.Expansion.CalibrationHour;
        var allocated = new AllocatedHour[nights.Count];
        Parallel.For(0, nights.Count, EstimationPipeline.Parallelism(options.Estimation), i =>
        {
            var counts = Observe(city, plan, new HourSlot(nights[i], hour), truth, options, gate);
            allocated[i] = HourAllocator.Allocate(frame, view, counts, options.Estimation);
        });
        return allocated;
    }

    private static OperatorHour Observe(SyntheticCity city, NetworkPlan plan, HourSlot slot, Func<HourSlot, TruthHour> truth, SimulationOptions options, object gate)
    {
        TruthHour t;
        if (options.TruthIsThreadSafe)
            t = truth(slot);
        else
        {
            lock (gate)
                t = truth(slot);
        }
        return ObservationModel.Observe(city, plan, t, options.Observation, options.Seed);
    }
}
