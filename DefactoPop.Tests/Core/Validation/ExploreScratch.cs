using System.Diagnostics;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Validation;

public class ExploreScratch(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        var full = Environment.GetEnvironmentVariable("FULL") == "1";
        foreach (var inbound in new[] { true, false })
        {
            var tc = TestCityFactory.Create((full ? TestCityOptions.FullSize : new TestCityOptions()) with { NightInbound = inbound });
            var plan = NetworkPlan.Generate(tc.City, 1);
            var view = plan.EstimatorView();
            var nights = EstimationPipeline.CalibrationNights(new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 15));
            foreach (var kappa in new[] { 30.0, 150, 1000 })
            {
                foreach (var beta in new[] { 2.0, 0.5 })
                {
                    var sim = new SimulationOptions();
                    sim = sim with { Estimation = sim.Estimation with { Expansion = sim.Estimation.Expansion with { ShrinkageDevices = kappa }, Allocation = sim.Estimation.Allocation with { PriorStrength = beta } } };
                    var cal = EstimationPipeline.Calibrate(tc.City, plan, view, nights, tc.Truth, sim);
                    var line = $"inbound {inbound} kappa {kappa} beta {beta}:";
                    var oaAbs = 0.0; var oaT = 0.0;
                    for (var h = 0; h < 24; h += 3)
                    {
                        var t = tc.Truth(new HourSlot(new DateOnly(2017, 10, 4), h));
                        var c = ObservationModel.Observe(tc.City, plan, t, sim.Observation, 1);
                        var e = EstimationPipeline.EstimateHour(tc.City, view, cal, c, sim.Estimation);
                        var td = t.Domestic.Sum(x => (double)x);
                        line += $" {100 * (e.Domestic.Sum(x => (double)x) / td - 1):F2}";
                        for (var j = 0; j < tc.City.OaCount; j++)
                        {
                            double a = 0, b = 0;
                            for (var s = 0; s < 28; s++) { a += e.Domestic[j * 28 + s]; b += t.Domestic[j * 28 + s]; }
                            oaAbs += Math.Abs(a - b); oaT += b;
                        }
                    }
                    output.WriteLine(line + $" | oa wape {100 * oaAbs / oaT:F1}");
                }
            }
        }
    }
}
