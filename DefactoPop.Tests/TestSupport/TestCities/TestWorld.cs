using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;

namespace DefactoPop.Tests.TestSupport.TestCities;

/// <summary>A test city with its cell plan, estimator view and calibration, built once per process and shared by tests.</summary>
public sealed class TestWorld
{
    private static readonly Lazy<TestWorld> s_small = new(() => new TestWorld(new TestCityOptions { OaCount = 600, Columns = 30 }, 1));
    private static readonly Lazy<TestWorld> s_standard = new(() => new TestWorld(new TestCityOptions(), 1));

    public TestWorld(TestCityOptions options, int seed)
    {
        TestCity = TestCityFactory.Create(options);
        Seed = seed;
        Plan = NetworkPlan.Generate(TestCity.City, seed);
        Frame = CityHandover.FrameOf(TestCity.City);
        View = SimulatedEstimation.ViewOf(Plan, Frame);
        Simulation = new SimulationOptions { Seed = seed };
        Nights = EstimationPipeline.CalibrationNights(Start, Start.AddDays(13));
        Calibration = SimulatedEstimation.Calibrate(TestCity.City, Plan, Frame, View, Nights, TestCity.Truth, Simulation);
    }

    /// <summary>600 OAs, for unit tests.</summary>
    public static TestWorld Small => s_small.Value;

    /// <summary>1,200 OAs, for the accuracy targets.</summary>
    public static TestWorld Standard => s_standard.Value;

    /// <summary>A Monday.</summary>
    public static DateOnly Start { get; } = new(2017, 10, 2);

    public TestCity TestCity { get; }
    public int Seed { get; }
    public NetworkPlan Plan { get; }
    /// <summary>What the city hands the estimator (no census: it calibrates on the register).</summary>
    public CityFrame Frame { get; }

    public EstimatorView View { get; }
    public SimulationOptions Simulation { get; }
    public IReadOnlyList<DateOnly> Nights { get; }
    public Calibration Calibration { get; }
}
