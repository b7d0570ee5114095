using System.Diagnostics;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>Seoul-sized run (19,150 OAs, ≈6,000 sites): one simulated day must take well under 15 s and stay under 2 GB.</summary>
public class FullSizeBenchmarkTests(ITestOutputHelper output)
{
    [PerformanceFact]
    public void EstimateDay_FullSize_FitsTheBudget()
    {
        var city = TestCityFactory.Create(TestCityOptions.FullSize);
        var sw = Stopwatch.StartNew();
        var plan = NetworkPlan.Generate(city.City, 1);
        var view = plan.EstimatorView();
        output.WriteLine($"plan: {sw.ElapsedMilliseconds} ms, {plan.CellCount} cells, {(double)plan.Coverage.NonZeroCount / city.City.OaCount:F1} cells per OA");
        var sim = new SimulationOptions();
        var start = new DateOnly(2017, 10, 2);
        sw.Restart();
        var calibration = EstimationPipeline.Calibrate(city.City, plan, view, EstimationPipeline.CalibrationNights(start, start.AddDays(13)), city.Truth, sim);
        output.WriteLine($"calibration (7 nights): {sw.ElapsedMilliseconds} ms");
        var best = long.MaxValue;
        for (var rep = 0; rep < 2; rep++)
        {
            sw.Restart();
            var day = EstimationPipeline.EstimateDay(city.City, plan, view, calibration, start.AddDays(2 + rep), city.Truth, sim);
            var rows = PopulationRows.FromEstimates(city.City, day).Count();
            best = Math.Min(best, sw.ElapsedMilliseconds);
            output.WriteLine($"day {rep}: {sw.ElapsedMilliseconds} ms, {rows} rows, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        }
        Assert.True(best < 15_000, $"one day took {best} ms");
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 < 2_000_000_000);
    }

    [PerformanceFact]
    public void Validate_FullSize_PrintsReport()
    {
        var city = TestCityFactory.Create(TestCityOptions.FullSize);
        var sw = Stopwatch.StartNew();
        var result = Validator.Run(city.City, city.Truth, new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 15), new ValidationOptions { MaxDays = 1 });
        output.WriteLine($"validate: {sw.ElapsedMilliseconds} ms");
        output.WriteLine(result.ToJson());
        Assert.InRange(result.WapePct.Dong, 0, 8);
    }
}
