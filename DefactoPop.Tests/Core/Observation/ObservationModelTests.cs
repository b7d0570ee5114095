using DefactoPop.Core.Operator;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Observation;

public class ObservationModelTests
{
    private static TestWorld World => TestWorld.Small;
    private static readonly HourSlot s_noon = new(new DateOnly(2017, 10, 4), 12);

    private static OperatorHour Observe(ObservationOptions options, int seed, HourSlot slot) =>
        ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(slot), options, seed);

    [Fact]
    public void Observe_DomesticDevices_MatchDetectionWithinHalfPercent()
    {
        var options = new ObservationOptions { OutageProbabilityPerDay = 0 };
        var truth = World.TestCity.Truth(s_noon);
        var detection = ObservationModel.DomesticDetection(World.TestCity.City, options, 3);
        var expected = truth.Domestic.Select((u, k) => (double)u * detection[k]).Sum();
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, truth, options, 3);
        var observed = counts.Domestic.Sum(v => (double)v);
        // Σc / ΣU within ±0.5 % of the detection rate (methodology §3.5, stage 2) plus 3 Poisson SDs for this small city.
        var tolerance = 0.005 + 3 / Math.Sqrt(expected);
        Assert.InRange(observed / expected, 1 - tolerance, 1 + tolerance);
        // The detection is about m · r_LTE · r_on ≈ 0.25 per person, lower for children.
        var people = truth.Domestic.Sum(v => (double)v);
        Assert.InRange(observed / people, 0.2, 0.27);
    }

    [Fact]
    public void Observe_Children_HaveFarFewerDevicesThanAdults()
    {
        var options = new ObservationOptions();
        var detection = ObservationModel.DomesticDetection(World.TestCity.City, options, 1);
        var child = detection[Strata.Index(Sex.Female, AgeBand.A0To9)];
        var adult = detection[Strata.Index(Sex.Female, AgeBand.A35To39)];
        var old = detection[Strata.Index(Sex.Female, AgeBand.A70Plus)];
        Assert.True(child < 0.35 * adult);
        Assert.True(old < adult);
    }

    [Fact]
    public void Observe_MarketShare_VariesByPlaceWithinThreePoints()
    {
        var options = new ObservationOptions { MarketShareByBand = Enumerable.Repeat(1.0, 14).ToArray(), OwnershipByBand = Enumerable.Repeat(1.0, 14).ToArray() };
        var detection = ObservationModel.DomesticDetection(World.TestCity.City, options, 1);
        var common = options.LteShare * options.SwitchedOnShare * (1 + options.DualDeviceShare);
        var shares = Enumerable.Range(0, World.TestCity.City.OaCount).Select(j => detection[j * Strata.Count] / common).ToArray();
        Assert.All(shares, m => Assert.InRange(m, 0.27 - 1e-6, 0.33 + 1e-6));
        Assert.True(shares.Max() - shares.Min() > 0.005);
    }

    [Fact]
    public void Observe_SameSeedAndSlot_Identical()
    {
        var a = Observe(new ObservationOptions(), 9, s_noon);
        var b = Observe(new ObservationOptions(), 9, s_noon);
        Assert.Equal(a.Domestic, b.Domestic);
        Assert.Equal(a.LongTerm, b.LongTerm);
        Assert.Equal(a.ShortTerm, b.ShortTerm);
        Assert.Equal(a.Outage, b.Outage);
    }

    [Fact]
    public void Observe_DifferentSeed_DifferentCountsSameTotals()
    {
        var a = Observe(new ObservationOptions(), 9, s_noon);
        var b = Observe(new ObservationOptions(), 10, s_noon);
        Assert.NotEqual(a.Domestic, b.Domestic);
        Assert.InRange(b.Total() / a.Total(), 0.98, 1.02);
    }

    [Fact]
    public void Observe_DifferentHour_DifferentNoise()
    {
        var options = new ObservationOptions { OutageProbabilityPerDay = 0 };
        var t = World.TestCity.Truth(s_noon);
        var sameTruthLater = new TruthHour { Slot = s_noon.AddHours(24 * 7), Domestic = t.Domestic, LongTerm = t.LongTerm, ShortTerm = t.ShortTerm };
        var a = ObservationModel.Observe(World.TestCity.City, World.Plan, t, options, 9);
        var b = ObservationModel.Observe(World.TestCity.City, World.Plan, sameTruthLater, options, 9);
        Assert.NotEqual(a.Domestic, b.Domestic);
    }

    [Fact]
    public void Observe_Outages_AreFlaggedZeroAndDevicesCampElsewhere()
    {
        var slot = s_noon;
        var options = new ObservationOptions { OutageProbabilityPerDay = 0.5 };
        var counts = Observe(options, 4, slot);
        Assert.True(counts.HasOutage);
        var down = Enumerable.Range(0, counts.CellCount).Where(c => counts.Outage[c]).ToArray();
        Assert.All(down, c => Assert.Equal(0, counts.CellTotal(c)));
        var normal = Observe(options with { OutageProbabilityPerDay = 0 }, 4, slot);
        Assert.InRange(counts.Total() / normal.Total(), 0.97, 1.03);
    }

    [Fact]
    public void Observe_Outages_LastTwoToSixHours()
    {
        var options = new ObservationOptions { OutageProbabilityPerDay = 0.2 };
        var day = new DateOnly(2017, 10, 4);
        var flags = Enumerable.Range(0, 24).Select(h => ObservationModel.Outages(World.Plan.CellCount, new HourSlot(day, h), options, 1)).ToArray();
        for (var c = 0; c < World.Plan.CellCount; c++)
        {
            var hours = flags.Count(f => f[c]);
            Assert.InRange(hours, 0, 6);
        }
        Assert.Contains(Enumerable.Range(0, World.Plan.CellCount), c => flags.Count(f => f[c]) >= 2);
    }

    [Fact]
    public void Observe_Roamers_FollowKtRoamingShare()
    {
        var options = new ObservationOptions { OutageProbabilityPerDay = 0 };
        var truth = World.TestCity.Truth(s_noon);
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, truth, options, 2);
        for (var c = 0; c < 2; c++)
        {
            var people = Enumerable.Range(0, World.TestCity.City.OaCount).Sum(j => (double)truth.ShortTerm[j * 2 + c]);
            var devices = Enumerable.Range(0, counts.CellCount).Sum(i => (double)counts.ShortTerm[i * 2 + c]);
            Assert.InRange(devices / people, options.RoamingShare[c] - 4 * Math.Sqrt(devices) / people, options.RoamingShare[c] + 4 * Math.Sqrt(devices) / people);
        }
    }

    [Fact]
    public void CellCounts_Scaled_MultipliesEveryCount()
    {
        var a = Observe(new ObservationOptions(), 1, s_noon);
        var b = a.Scaled(2);
        Assert.Equal(2 * a.Total(), b.Total(), 6);
        Assert.Equal(a.Outage, b.Outage);
    }
}
