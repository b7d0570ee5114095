using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>A zone's night factor applies to at most its night devices; arrivals above them take the city's factor.</summary>
public class ArrivalExpansionTests
{
    private static TestWorld World => TestWorld.Small;
    private static Calibration Calibration => World.Calibration;

    /// <summary>An allocated hour with every OA × stratum at <paramref name="scale"/> × its night devices.</summary>
    private static AllocatedHour Scaled(double scale)
    {
        var n = World.Frame.OaCount;
        var domestic = Calibration.NightDevices.Select(v => v * scale).ToArray();
        return new AllocatedHour(new HourSlot(new DateOnly(2017, 10, 11), 14), domestic, new double[n * 2], new double[n * 2], new double[n], 1, 0);
    }

    [Fact]
    public void C2_DevicesWithinTheNightCount_TakeTheZoneFactor()
    {
        var hour = Scaled(0.6);
        var (est, _) = Expansion.Domestic(hour, Calibration, ExpansionMethod.C2);
        for (var k = 0; k < est.Length; k += 37)
            Assert.Equal(hour.Domestic[k] * Calibration.LocalFactor[k], est[k], 1e-6 * (1 + est[k]));
    }

    [Fact]
    public void C2_ArrivalsAboveTheNightCount_TakeTheCityFactor()
    {
        var hour = Scaled(3);
        var (est, _) = Expansion.Domestic(hour, Calibration, ExpansionMethod.C2);
        for (var k = 0; k < est.Length; k += 37)
        {
            var night = Calibration.NightDevices[k];
            var expected = night * Calibration.LocalFactor[k] + 2 * night * Calibration.CityFactor[k % Strata.Count];
            Assert.Equal(expected, est[k], 1e-4 * (1 + expected));
        }
        var (plain, _) = Expansion.Domestic(hour, Calibration, ExpansionMethod.C2, arrivalsAtCity: false);
        Assert.Equal(hour.Domestic[5] * Calibration.LocalFactor[5], plain[5], 1e-4 * (1 + plain[5]));
    }

    [Fact]
    public void C3_Point_EqualsC2WithAndWithoutArrivals()
    {
        foreach (var scale in (double[])[0.6, 3])
        {
            var hour = Scaled(scale);
            var (c2, _) = Expansion.Domestic(hour, Calibration, ExpansionMethod.C2);
            var (c3, v3) = Expansion.Domestic(hour, Calibration, ExpansionMethod.C3);
            for (var k = 0; k < c2.Length; k += 37)
            {
                Assert.Equal(c2[k], c3[k], 1e-3 * (1 + c2[k]));
                Assert.True(v3[k] >= 0);
            }
        }
    }

    [Fact]
    public void CityFactor_ReproducesTheCalibratedNightTotalPerStratum()
    {
        for (var s = 0; s < Strata.Count; s++)
        {
            double night = 0, local = 0;
            for (var j = 0; j < World.Frame.OaCount; j++)
            {
                night += Calibration.NightDevices[j * Strata.Count + s];
                local += Calibration.NightDevices[j * Strata.Count + s] * Calibration.LocalFactor[j * Strata.Count + s];
            }
            Assert.Equal(local, night * Calibration.CityFactor[s], 1e-3 * (1 + local));
        }
    }

    [Fact]
    public void EstimateHour_Afternoon_ArrivalSplitMovesTheCityTotalTowardTheTruth()
    {
        // Overnight non-residents in office zones make their night factor small; the afternoon's commuters there are not them.
        var slot = new HourSlot(new DateOnly(2017, 10, 11), 14);
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(slot), World.Simulation.Observation, World.Seed);
        var truth = World.TestCity.Truth(slot).Domestic.Sum(v => (double)v);
        var options = World.Simulation.Estimation;
        double Error(bool split) => Math.Abs(EstimationPipeline.EstimateHour(World.Frame, World.View, Calibration, counts,
            options with { Expansion = options.Expansion with { ArrivalsAtCityFactor = split } }).Domestic.Sum(v => (double)v) / truth - 1);
        Assert.True(Error(true) < Error(false), $"with the split {Error(true):P2}, without {Error(false):P2}");
    }
}
