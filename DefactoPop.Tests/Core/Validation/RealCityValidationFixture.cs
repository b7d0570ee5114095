using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;

namespace DefactoPop.Tests.Core.Validation;

/// <summary>
/// The real synthetic Seoul (seed 2017, 19,150 OAs), validated once on one sampled day (2017-12-20, all 24 hours),
/// plus the estimated city total at the Chuseok morning low (2017-10-02 07:00) with the same calibration.
/// </summary>
public sealed class RealCityValidationFixture
{
    public const int Seed = 2017;
    public static readonly DateOnly Day = new(2017, 12, 20);
    public static readonly HourSlot ChuseokMorning = new(new DateOnly(2017, 10, 2), 7);

    public RealCityValidationFixture()
    {
        var city = SyntheticCityBuilder.Build(Seed);
        City = city;
        var options = new ValidationOptions { MaxDays = 1, Simulation = new SimulationOptions { Seed = Seed, TruthIsThreadSafe = true } };
        var plan = NetworkPlan.Generate(city, Seed, options.Network);
        Func<HourSlot, TruthHour> truth = slot => MovementModel.Generate(city, slot);
        Result = Validator.Run(city, plan, truth, Day, Day, options);

        var (frame, estimation) = SimulatedEstimation.InputsOf(city, options.Simulation.Observation, Seed);
        var sim = options.Simulation with { Estimation = estimation };
        var view = SimulatedEstimation.ViewOf(plan, frame);
        var calibration = SimulatedEstimation.Calibrate(city, plan, frame, view, [Day], truth, sim);
        var t = truth(ChuseokMorning);
        var counts = ObservationModel.Observe(city, plan, t, sim.Observation, sim.Seed);
        var e = EstimationPipeline.EstimateHour(frame, view, calibration, counts, sim.Estimation);
        ChuseokTruth = Total(t.Domestic) + Total(t.LongTerm) + Total(t.ShortTerm);
        ChuseokEstimate = Total(e.Domestic) + Total(e.LongTerm) + Total(e.ShortTerm);
    }

    public SyntheticCity City { get; }

    public ValidationResult Result { get; }

    public double ChuseokTruth { get; }

    public double ChuseokEstimate { get; }

    private static double Total(float[] values)
    {
        double sum = 0;
        foreach (var v in values)
            sum += v;
        return sum;
    }
}
