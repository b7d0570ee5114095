using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.Core.Validation;

/// <summary>The methodology §3.5 targets (issue 3) on the full-size synthetic Seoul, one sampled day.</summary>
public class RealCityValidationTests(RealCityValidationFixture fixture) : IClassFixture<RealCityValidationFixture>
{
    [Fact]
    public void Validate_RealCity_CityTotalWithinHalfPercentEveryHour() =>
        Assert.InRange(fixture.Result.CityTotalMaxErrorPct, 0, 0.5);

    [Fact]
    public void Validate_RealCity_WapeMeetsLevelTargets()
    {
        Assert.InRange(fixture.Result.WapePct.Gu, 0, 3);
        Assert.InRange(fixture.Result.WapePct.Dong, 0, 8);
        Assert.InRange(fixture.Result.WapePct.Oa, 0, 22);
        Assert.InRange(fixture.Result.MedianApeOaPct, 0, 15);
    }

    [Fact]
    public void Validate_RealCity_IntervalsCover85To95Percent() =>
        Assert.InRange(fixture.Result.Interval90CoveragePct, 85, 95);

    [Fact]
    public void Validate_RealCity_EmHalvesTheVoronoiSpatialError() =>
        Assert.InRange(fixture.Result.SpatialErrorRatioEmToVoronoi, 0, 0.5);

    [Fact]
    public void Validate_RealCity_NightCalibrationSurvivesAMisspecifiedShare()
    {
        var m = fixture.Result.MisspecifiedShare;
        Assert.InRange(m.C1ErrorPct, 5, 9);
        Assert.InRange(m.C2ErrorPct, 0, 1.5);
        Assert.InRange(m.C3ErrorPct, 0, 1.5);
    }

    [Fact]
    public void Validate_RealCity_ChildrenAndOldestWithinFifteenPercent()
    {
        Assert.InRange(fixture.Result.BandWapeDongPct.Age0To9, 0, 15);
        Assert.InRange(fixture.Result.BandWapeDongPct.Age70Plus, 0, 15);
        Assert.InRange(fixture.Result.AgeDissimilarityDongPct, 0, 5);
    }

    [Fact]
    public void Validate_RealCity_ForeignersMeetTargets()
    {
        Assert.InRange(fixture.Result.Foreigners.LongTermErrorPct, 0, 5);
        Assert.InRange(fixture.Result.Foreigners.ShortTermErrorPct, 0, 10);
        Assert.InRange(fixture.Result.Foreigners.ChineseShareErrorPp, 0, 3);
    }

    [Fact]
    public void Validate_RealCity_EveryTargetMet() =>
        Assert.All(fixture.Result.Targets, t => Assert.True(t.Met, $"{t.Name} = {t.Value} (goal {t.Target})"));

    [Fact]
    public void EstimateHour_ChuseokMorning_CityTotalWithinHalfPercent()
    {
        Assert.Equal(7, RealCityValidationFixture.ChuseokMorning.Hour);
        var error = Math.Abs(fixture.ChuseokEstimate / fixture.ChuseokTruth - 1);
        Assert.InRange(error, 0, 0.005);
    }

    [Fact]
    public void Build_RealCity_PublishesCensusNightAboveTheRegister()
    {
        var city = fixture.City;
        Assert.NotNull(city.CensusNightDomestic);
        Assert.NotNull(city.CensusNightForeign);
        Assert.Equal(city.OaCount * Strata.Count, city.CensusNightDomestic.Length);
        Assert.Equal(city.OaCount * 2, city.CensusNightForeign.Length);
        var census = city.CensusNightDomestic.Sum(v => (double)v);
        var register = city.RegisteredDomestic.Sum(v => (double)v);
        // The night population exceeds the register (under-registered young adults, overnight visitors).
        Assert.InRange(census / register, 1.05, 1.15);
        Assert.InRange(city.CensusNightForeign.Sum(v => (double)v) / city.RegisteredForeign.Sum(v => (double)v), 1.3, 1.7);
    }
}
