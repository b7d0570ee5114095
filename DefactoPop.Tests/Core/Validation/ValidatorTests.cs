using System.Text.Json;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Validation;

/// <summary>The methodology §3.5 targets on the 1,200-OA test city (2 sampled days, all hours).</summary>
public class ValidatorTests
{
    private static readonly Lazy<ValidationResult> s_result = new(() =>
    {
        var world = TestWorld.Standard;
        return Validator.Run(world.TestCity.City, world.Plan, world.TestCity.Truth, TestWorld.Start, TestWorld.Start.AddDays(13),
            new ValidationOptions { Simulation = world.Simulation, MaxDays = 2 });
    });

    private static ValidationResult Result => s_result.Value;

    [Fact]
    public void Validate_CityTotal_WithinHalfPercentOnAverage()
    {
        Assert.InRange(Result.CityTotalMeanErrorPct, 0, 0.5);
        // The hourly maximum carries the Poisson noise of ~160 k devices (SD ≈ 0.25 %) on this small city.
        Assert.InRange(Result.CityTotalMaxErrorPct, 0, 1.25);
    }

    [Fact]
    public void Validate_Intervals_Cover85To95Percent() =>
        Assert.InRange(Result.Interval90CoveragePct, 85, 95);

    [Theory]
    [MemberData(nameof(TargetBounds.Names), MemberType = typeof(TargetBounds))]
    public void Validate_SharedTarget_IsMet(string target) => TargetBounds.AssertMet(Result, target);

    [Fact]
    public void Validate_ExactCoverage_StillHalvesVoronoiSpatialError()
    {
        Assert.InRange(Result.SpatialErrorRatioEmToVoronoiExactCoverage, 0, 0.5);
        Assert.True(Result.SpatialErrorExactCoverageM.Em <= 1.3 * Result.SpatialErrorM.Em);
    }

    [Fact]
    public void ToJson_FollowsTheCamelCaseContract()
    {
        using var doc = JsonDocument.Parse(Result.ToJson());
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("days").GetInt32());
        Assert.Equal(48, root.GetProperty("hours").GetInt32());
        foreach (var key in new[] { "cityTotalMaxErrorPct", "medianApeOaPct", "interval90CoveragePct", "spatialErrorRatioEmToVoronoi" })
            Assert.Equal(JsonValueKind.Number, root.GetProperty(key).ValueKind);
        foreach (var level in new[] { "gu", "dong", "oa" })
            Assert.Equal(JsonValueKind.Number, root.GetProperty("wapePct").GetProperty(level).ValueKind);
        foreach (var key in new[] { "c1ErrorPct", "c2ErrorPct", "c3ErrorPct" })
            Assert.Equal(JsonValueKind.Number, root.GetProperty("misspecifiedShare").GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("targets").ValueKind);
        var back = ValidationResult.FromJson(Result.ToJson());
        Assert.Equal(Result.WapePct, back!.WapePct);
        Assert.Equal(Result.MisspecifiedShare, back.MisspecifiedShare);
    }
}
