using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Observation;

/// <summary>Each person counts with the KT share of where they live, not of where they are.</summary>
public class HomeShareTests
{
    private static readonly Lazy<SyntheticCity> s_city = new(() => SyntheticCityBuilder.Build(1, new CityOptions { OaTarget = 1_000 }));
    private static readonly HourSlot s_noon = new(new DateOnly(2017, 11, 15), 12);
    private static readonly ObservationOptions s_flat = new()
    {
        MarketShareByBand = Enumerable.Repeat(1.0, 14).ToArray(),
        OwnershipByBand = Enumerable.Repeat(1.0, 14).ToArray(),
    };

    private static double PerSubscriber(ObservationOptions options) => ObservationModel.DevicesPerShare(options, 0);

    [Fact]
    public void Generate_Origins_AreAPartOfThePresence()
    {
        var truth = MovementModel.Generate(s_city.Value, s_noon);
        var origins = Assert.IsType<TruthOrigins>(truth.Origins);

        for (var i = 0; i < truth.Domestic.Length; i++)
            Assert.True(origins.CityWide[i] + origins.Outside[i] <= truth.Domestic[i] * 1.0001 + 1e-3, $"cell {i}");
        // Every non-resident present is an outsider: the city sum is the movement model's non-residents.
        Assert.Equal(MovementModel.NonResidents(s_noon), origins.Outside.Sum(v => (double)v), MovementModel.NonResidents(s_noon) * 0.002);
        Assert.True(origins.CityWide.Sum(v => (double)v) > 1e6);
    }

    [Fact]
    public void ExpectedDevices_NonResidents_CarryTheInboundShare()
    {
        var city = s_city.Value;
        var truth = MovementModel.Generate(city, s_noon);
        var same = s_flat with { MarketShareSpatialAmplitude = 0, InboundMarketShare = 0.30 };
        var none = same with { InboundMarketShare = 0 };

        var all = ObservationModel.ExpectedDevices(city, truth, same, 1).Sum(v => (double)v);
        var residentsOnly = ObservationModel.ExpectedDevices(city, truth, none, 1).Sum(v => (double)v);

        var outside = truth.Origins!.Outside.Sum(v => (double)v);
        Assert.Equal(truth.Domestic.Sum(v => (double)v) * 0.30 * PerSubscriber(same), all, all * 1e-4);
        Assert.Equal(outside * 0.30 * PerSubscriber(same), all - residentsOnly, all * 1e-4);
    }

    [Fact]
    public void ExpectedDevices_DaytimeVisitors_DiluteTheHighestShareDistrict()
    {
        var city = s_city.Value;
        var options = s_flat with { InboundMarketShare = s_flat.MarketShare };
        var share = ObservationModel.DistrictShare(city, options, 1);
        var top = Array.IndexOf(share, share.Max());

        double EffectiveShare(HourSlot slot)
        {
            var truth = MovementModel.Generate(city, slot);
            var devices = ObservationModel.ExpectedDevices(city, truth, options, 1);
            double d = 0, people = 0;
            for (var j = 0; j < city.OaCount; j++)
            {
                if (UsualResidents.DistrictOf(city, j) != top)
                    continue;
                for (var s = 0; s < Strata.Count; s++)
                {
                    d += devices[j * Strata.Count + s];
                    people += truth.Domestic[j * Strata.Count + s];
                }
            }
            return d / people / PerSubscriber(options);
        }

        var noon = EffectiveShare(s_noon);

        Assert.True(share.Max() - share.Min() > 0.01, "the districts' shares differ");
        Assert.True(noon < share[top] - 1e-4, $"noon {noon:F4}, district {share[top]:F4}");
        Assert.True(EffectiveShare(new HourSlot(s_noon.Date, 4)) > noon);
    }

    [Fact]
    public void ExpectedDevices_TruthWithoutOrigins_CountsEveryoneAsAResident()
    {
        var city = s_city.Value;
        var generated = MovementModel.Generate(city, s_noon);
        var fromFile = new TruthHour { Slot = s_noon, Domestic = generated.Domestic, LongTerm = generated.LongTerm, ShortTerm = generated.ShortTerm };
        var detection = ObservationModel.DomesticDetection(city, s_flat, 1);

        var devices = ObservationModel.ExpectedDevices(city, fromFile, s_flat, 1);

        Assert.Equal(generated.Domestic.Select((v, i) => v * detection[i]), devices);
    }
}
