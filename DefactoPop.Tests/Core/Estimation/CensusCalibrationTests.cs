using DefactoPop.Core.Operator;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>C2/C3 and the long-term foreigner ratio calibrate on the census night population when the city publishes one.</summary>
public class CensusCalibrationTests
{
    private static TestWorld World => TestWorld.Small;

    private static SyntheticCity WithCensus(SyntheticCity c, float domesticRatio, float foreignRatio) => c.WithCensusNight(
        c.RegisteredDomestic.Select(v => v * domesticRatio).ToArray(),
        c.RegisteredForeign.Select(v => v * foreignRatio).ToArray());

    private static IReadOnlyList<OperatorHour> Nights(SyntheticCity city) =>
        World.Nights.Select(d => ObservationModel.Observe(city, World.Plan, World.TestCity.Truth(new HourSlot(d, 4)), World.Simulation.Observation, World.Seed)).ToList();

    [Fact]
    public void Build_CensusTenPercentAboveRegister_NightTotalFollowsTheCensus()
    {
        var city = World.TestCity.City;
        Assert.Null(city.CensusNightDomestic);
        var nights = Nights(city);
        var options = World.Simulation.Estimation;
        var register = Calibration.Build(city, World.View, nights, options);
        var census = Calibration.Build(WithCensus(city, 1.1f, 1.5f), World.View, nights, options);

        // Σ k·n reproduces the night target at city level, so the ratio of the two is the census/register ratio.
        for (var s = 0; s < Strata.Count; s += 5)
        {
            double a = 0, b = 0;
            for (var j = 0; j < city.OaCount; j++)
            {
                var i = j * Strata.Count + s;
                a += register.LocalFactor[i] * register.NightDevices[i];
                b += census.LocalFactor[i] * census.NightDevices[i];
            }
            Assert.InRange(b / a, 1.099, 1.101);
        }
        for (var c = 0; c < 2; c++)
            Assert.InRange(census.LongTermFactor[c] / register.LongTermFactor[c], 1.499, 1.501);
    }

    [Fact]
    public void CensusNight_SameCity_IsStaticAndCoversTheResidents()
    {
        // Same seed, same census: it does not depend on any simulated day.
        var a = new MovementModel(World.TestCity.City).CensusNight();
        var b = new MovementModel(World.TestCity.City).CensusNight();
        Assert.Equal(a.Domestic, b.Domestic);
        Assert.Equal(a.Foreign, b.Foreign);
        // Everyone at home at 04:00 is counted: at least the register's share present, never negative.
        Assert.All(a.Domestic, v => Assert.True(v >= 0));
        Assert.True(a.Domestic.Sum(v => (double)v) > 0.98 * World.TestCity.City.RegisteredDomestic.Sum(v => (double)v));
    }
}
