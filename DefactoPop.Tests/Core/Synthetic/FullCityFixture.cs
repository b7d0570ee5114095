using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

/// <summary>The full-size city (seed 42), built once for all full-city test classes, and its quarter report.</summary>
public sealed class FullCityFixture
{
    public const int Seed = 42;
    private readonly Lazy<CalibrationReport> _report;

    public FullCityFixture()
    {
        City = SyntheticCityBuilder.Build(Seed);
        _report = new Lazy<CalibrationReport>(() => CalibrationReport.Compute(City, SeoulFacts.QuarterStart, SeoulFacts.QuarterEnd));
    }

    public SyntheticCity City { get; }

    public CalibrationReport Report => _report.Value;
}
