using DefactoPop.Core.Spatial;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

public class ExpansionTests
{
    private static TestWorld World => TestWorld.Small;
    private static readonly HourSlot s_noon = new(new DateOnly(2017, 10, 4), 12);

    private static OperatorHour Counts(HourSlot slot) =>
        ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(slot), World.Simulation.Observation, World.Seed);

    [Fact]
    public void Identity_NonOverlappingCellsEveryoneObserved_RecoversTruthExactly()
    {
        var city = World.TestCity.City;
        var n = city.OaCount;
        // One cell per OA: P = P* = identity.
        var coverage = new CoverageMatrix(n, Enumerable.Range(0, n + 1).ToArray(), Enumerable.Range(0, n).ToArray(), Enumerable.Repeat(1f, n).ToArray());
        var ones = Enumerable.Repeat(1.0, Strata.BandCount).ToArray();
        var observation = new ObservationOptions
        {
            MarketShare = 1, MarketShareSpatialAmplitude = 0, MarketShareByBand = ones, LteShare = 1, SwitchedOnShare = 1,
            DualDeviceShare = 0, OwnershipByBand = ones, OutageProbabilityPerDay = 0,
        };
        var options = new EstimationOptions
        {
            Expansion = new ExpansionOptions { Method = ExpansionMethod.C1, MarketShare = 1, LteShare = 1, SwitchedOnShare = 1, DualDeviceShare = 0, OwnershipByBand = ones },
            NonPhone = new NonPhoneOptions { ChildCarerWeight = 0, ElderlyMobility = 1 },
        };
        var view = new EstimatorView(coverage, n);
        var truth = World.TestCity.Truth(s_noon);
        var counts = ObservationModel.Observe(city, coverage, truth, observation, 1, sample: false);
        var calibration = Calibration.Build(World.Frame, view, [counts], options);
        var estimate = EstimationPipeline.EstimateHour(World.Frame, view, calibration, counts, options);
        for (var k = 0; k < truth.Domestic.Length; k++)
            Assert.Equal(truth.Domestic[k], estimate.Domestic[k], 1e-6 * (1 + truth.Domestic[k]));
    }

    [Theory]
    [InlineData(ExpansionMethod.C1)]
    [InlineData(ExpansionMethod.C2)]
    [InlineData(ExpansionMethod.C3)]
    public void Estimate_DoubledCountsWithoutTheArrivalSplit_DoubleEveryOutput(ExpansionMethod method)
    {
        // Linear in the counts when every device takes its zone's factor (the split makes a zone's factor apply to at most its night count).
        var counts = Counts(s_noon);
        var options = new EstimationOptions().WithExpansion(method);
        options = options with { Expansion = options.Expansion with { ArrivalsAtCityFactor = false } };
        var a = EstimationPipeline.EstimateHour(World.Frame, World.View, World.Calibration, counts, options);
        var b = EstimationPipeline.EstimateHour(World.Frame, World.View, World.Calibration, counts.Scaled(2), options);
        for (var k = 0; k < a.Domestic.Length; k++)
            Assert.Equal(2 * a.Domestic[k], b.Domestic[k], 1e-4 * (1 + a.Domestic[k]));
        for (var k = 0; k < a.LongTerm.Length; k++)
        {
            Assert.Equal(2 * a.LongTerm[k], b.LongTerm[k], 1e-4 * (1 + a.LongTerm[k]));
            Assert.Equal(2 * a.ShortTerm[k], b.ShortTerm[k], 1e-4 * (1 + a.ShortTerm[k]));
        }
    }

    [Fact]
    public void C1_HigherAssumedMarketShare_LowersTotalsProportionally()
    {
        var counts = Counts(s_noon);
        var city = World.TestCity.City;
        double Total(double share)
        {
            var options = new EstimationOptions().WithExpansion(ExpansionMethod.C1);
            options = options with { Expansion = options.Expansion with { MarketShare = share } };
            var calibration = Calibration.Build(World.Frame, World.View, [Counts(new HourSlot(World.Nights[0], 4))], options);
            return EstimationPipeline.EstimateHour(World.Frame, World.View, calibration, counts, options).Domestic.Sum(v => (double)v);
        }
        var low = Total(0.30);
        var high = Total(0.33);
        Assert.True(high < low);
        Assert.Equal(0.30 / 0.33, high / low, 4);
    }

    [Fact]
    public void Calibration_NightFactors_ReproduceTheRegisterPerStratum()
    {
        var city = World.TestCity.City;
        var cal = World.Calibration;
        for (var s = 0; s < Strata.Count; s++)
        {
            double estimated = 0, registered = 0;
            for (var j = 0; j < city.OaCount; j++)
            {
                estimated += cal.LocalFactor[j * Strata.Count + s] * cal.NightDevices[j * Strata.Count + s];
                registered += World.Frame.RegisteredDomestic[j * Strata.Count + s];
            }
            Assert.Equal(registered, estimated, registered * 1e-4);
        }
    }

    [Fact]
    public void Calibration_C3PointEstimate_EqualsC2_WithWiderSpreadForFewDevices()
    {
        var cal = World.Calibration;
        for (var k = 0; k < cal.LocalFactor.Length; k += 97)
        {
            var oa = k / Strata.Count;
            var s = k % Strata.Count;
            Assert.Equal(cal.Factor(ExpansionMethod.C2, oa, s), cal.Factor(ExpansionMethod.C3, oa, s), 1e-3 * cal.LocalFactor[k]);
        }
        Assert.InRange(cal.GlobalFactor[Strata.Index(Sex.Male, AgeBand.A30To34)], 3.8, 4.2);
        Assert.True(cal.GlobalFactor[Strata.Index(Sex.Male, AgeBand.A0To9)] > 3 * cal.GlobalFactor[Strata.Index(Sex.Male, AgeBand.A30To34)]);
    }

    [Fact]
    public void Calibration_LocalFactors_StayNearTheirDong()
    {
        var city = World.TestCity.City;
        var cal = World.Calibration;
        var s = Strata.Index(Sex.Female, AgeBand.A40To44);
        var byDong = Enumerable.Range(0, city.OaCount).GroupBy(j => city.OaDong[j]);
        foreach (var dong in byDong)
        {
            var factors = dong.Select(j => (double)cal.LocalFactor[j * Strata.Count + s]).ToArray();
            var median = factors.Order().ElementAt(factors.Length / 2);
            Assert.All(factors, f => Assert.InRange(f, 0.4 * median, 2.0 * median));
        }
    }

    [Fact]
    public void MisspecifiedShare_C1OverestimatesBySevenPercent_CalibratedStayWithinOnePointFive()
    {
        var city = World.TestCity.City;
        var wrong = World.Simulation with { Observation = World.Simulation.Observation with { MarketShare = 0.32 } };
        var calibration = SimulatedEstimation.Calibrate(city, World.Plan, World.Frame, World.View, World.Nights, World.TestCity.Truth, wrong);
        var truth = World.TestCity.Truth(s_noon);
        var counts = ObservationModel.Observe(city, World.Plan, truth, wrong.Observation, World.Seed);
        var truthTotal = truth.Domestic.Sum(v => (double)v);
        double Error(ExpansionMethod m) =>
            100 * (EstimationPipeline.EstimateHour(World.Frame, World.View, calibration, counts, wrong.Estimation.WithExpansion(m)).Domestic.Sum(v => (double)v) / truthTotal - 1);
        Assert.InRange(Error(ExpansionMethod.C1), 5, 9);
        Assert.InRange(Error(ExpansionMethod.C2), -1.5, 1.5);
        Assert.InRange(Error(ExpansionMethod.C3), -1.5, 1.5);
    }

    [Fact]
    public void Foreigners_LongTermNightTotals_MatchTheRegister()
    {
        var city = World.TestCity.City;
        var counts = Counts(new HourSlot(new DateOnly(2017, 10, 5), 4));
        var e = EstimationPipeline.EstimateHour(World.Frame, World.View, World.Calibration, counts, World.Simulation.Estimation);
        for (var c = 0; c < 2; c++)
        {
            var registered = Enumerable.Range(0, city.OaCount).Sum(j => (double)city.RegisteredForeign[j * 2 + c]);
            var estimated = Enumerable.Range(0, city.OaCount).Sum(j => (double)e.LongTerm[j * 2 + c]);
            Assert.InRange(estimated / registered, 0.9, 1.1);
        }
    }

    [Fact]
    public void NonPhone_WeightZeroAndFullMobility_LeaveEstimatesUnchanged()
    {
        var city = World.TestCity.City;
        var n = city.OaCount * Strata.Count;
        var est = Enumerable.Range(0, n).Select(k => 1.0 + k % 7).ToArray();
        var variance = Enumerable.Range(0, n).Select(k => 0.5 + k % 3).ToArray();
        var (e, v) = NonPhoneGroups.Apply(World.Frame, World.Calibration, est, variance, new NonPhoneOptions { ChildCarerWeight = 0, ElderlyMobility = 1 });
        Assert.Equal(est, e);
        Assert.Equal(variance, v);
    }

    [Fact]
    public void NonPhone_ElderlyWithoutMobility_StayAtTheirRegisteredHome()
    {
        var city = World.TestCity.City;
        var n = city.OaCount * Strata.Count;
        var est = Enumerable.Range(0, n).Select(k => 2.0 + k % 5).ToArray();
        var (e, _) = NonPhoneGroups.Apply(World.Frame, World.Calibration, est, new double[n], new NonPhoneOptions { ElderlyMobility = 0 });
        var s = Strata.Index(Sex.Female, AgeBand.A70Plus);
        var register = World.Frame.RegisteredDomestic;
        var ratio = Enumerable.Range(0, city.OaCount).Sum(j => est[j * Strata.Count + s]) / Enumerable.Range(0, city.OaCount).Sum(j => (double)register[j * Strata.Count + s]);
        for (var j = 0; j < city.OaCount; j++)
            Assert.Equal(register[j * Strata.Count + s] * ratio, e[j * Strata.Count + s], 1e-6);
    }

    [Fact]
    public void Stats_GammaInterval_CoversItsNominalProbability()
    {
        Assert.Equal(1.6449, Stats.NormalQuantile(0.95), 3);
        Assert.Equal(-1.6449, Stats.NormalQuantile(0.05), 3);
        var lower = Stats.GammaQuantile(100, 100, -1.6449);
        var upper = Stats.GammaQuantile(100, 100, 1.6449);
        Assert.InRange(lower, 82, 85);
        Assert.InRange(upper, 116, 119);
    }

    [Fact]
    public void LandUsePrior_Daytime_ShiftsMassToOffices()
    {
        var city = World.TestCity.City;
        var night = LandUsePrior.Compute(World.Frame, new HourSlot(new DateOnly(2017, 10, 4), 4));
        var day = LandUsePrior.Compute(World.Frame, new HourSlot(new DateOnly(2017, 10, 4), 11));
        double OfficeShare(double[] p) => Enumerable.Range(0, city.OaCount).Where(j => city.OaLandUse[j] == LandUse.Office).Sum(j => p[j]) / p.Sum();
        Assert.True(OfficeShare(day) > 2 * OfficeShare(night));
        Assert.All(night, v => Assert.True(v > 0));
    }
}
