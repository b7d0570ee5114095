using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Synthetic;

public class OperatorPublicationTests
{
    private static readonly DateOnly s_from = new(2017, 1, 1);
    private static readonly ObservationOptions s_truth = new();
    private static TestCity Grid => TestWorld.Small.TestCity;

    private static void AssertMisspecified(double truth, double published)
    {
        var error = Math.Abs(published / truth - 1);
        Assert.True(published >= 1 || error is >= OperatorPublication.RateErrorMin - 1e-3 and <= OperatorPublication.RateErrorMax + 1e-3,
            $"published {published} against the truth {truth}");
    }

    [Fact]
    public void RatesOf_EveryRate_OffBySeveralPercent()
    {
        var rates = OperatorPublication.RatesOf(s_truth, 5, s_from);

        AssertMisspecified(s_truth.LteShare, rates.LteShare);
        AssertMisspecified(s_truth.SwitchedOnShare, rates.SwitchedOnRate);
        AssertMisspecified(s_truth.DualDeviceShare, rates.DualDeviceRate);
        AssertMisspecified(s_truth.RoamingShare[0], rates.RoamingShareChinese);
        AssertMisspecified(s_truth.RoamingShare[1], rates.RoamingShareOther);
        for (var b = 0; b < Strata.BandCount; b++)
            AssertMisspecified(s_truth.OwnershipByBand[b], rates.OwnershipByBand[b]);
        Assert.True(rates.OwnershipByBand.Select((v, b) => v / s_truth.OwnershipByBand[b]).Distinct().Count() > 3);
    }

    [Fact]
    public void RatesOf_SameSeed_IdenticalOtherSeedDiffers()
    {
        var a = OperatorPublication.RatesOf(s_truth, 5, s_from);

        Assert.Equal(a.OwnershipByBand, OperatorPublication.RatesOf(s_truth, 5, s_from).OwnershipByBand);
        Assert.NotEqual(a.OwnershipByBand, OperatorPublication.RatesOf(s_truth, 6, s_from).OwnershipByBand);
    }

    [Fact]
    public void SubscriberBaseOf_Districts_OffByDistrictError()
    {
        var city = Grid.City;
        var residents = UsualResidents.Of(city);
        var share = ObservationModel.DistrictShare(city, s_truth, 5);

        var subscribers = OperatorPublication.SubscriberBaseOf(city, s_truth, 5, s_from);

        Assert.Equal(city.Districts.Count * Strata.Count, subscribers.Entries.Count);
        var ratios = new List<double>();
        for (var d = 0; d < city.Districts.Count; d++)
        {
            var truth = 0.0;
            for (var z = 0; z < city.OaCount; z++)
            {
                if (UsualResidents.DistrictOf(city, z) != d)
                    continue;
                for (var s = 0; s < Strata.Count; s++)
                {
                    var band = s % Strata.BandCount;
                    truth += residents[z * Strata.Count + s] * share[d] * s_truth.MarketShareByBand[band] * s_truth.OwnershipByBand[band];
                }
            }
            var published = subscribers.Entries.Where(e => e.GuCode == city.Districts[d].Code).Sum(e => (double)e.Subscribers);
            ratios.Add(published / truth);
        }
        Assert.All(ratios, r => Assert.InRange(r, 1 - OperatorPublication.DistrictError - OperatorPublication.StratumError, 1 + OperatorPublication.DistrictError + OperatorPublication.StratumError));
        Assert.True(ratios.Max() - ratios.Min() > 0.005);
        Assert.All(subscribers.Entries, e => Assert.Equal(OperatorPublication.RatesOf(s_truth, 5, s_from).LteShare, e.LteShare));
    }
}
