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

    /// <summary>
    /// Known misses on the test city with honest inputs (census of usual residents, published rates a few percent off):
    /// the level bias of the night calibration moves the city total, and with it C2/C3 under a wrong share.
    /// </summary>
    private static readonly string[] s_knownMisses = ["MisspecifiedC2", "MisspecifiedC3"];

    [Fact]
    public void Validate_CityTotal_KnownLevelMissBelowTenPercent()
    {
        // Target ≤ 0.5 % on average: missed and reported; the bias is the census-vs-presence gap, not noise.
        Assert.InRange(Result.CityTotalMeanErrorPct, 0.5, 10);
        Assert.True(Result.CityTotalMaxErrorPct >= Result.CityTotalMeanErrorPct);
    }

    [Fact]
    public void Validate_Intervals_Cover85To95Percent() =>
        Assert.InRange(Result.Interval90CoveragePct, 85, 95);

    [Theory]
    [MemberData(nameof(TargetBounds.Names), MemberType = typeof(TargetBounds))]
    public void Validate_SharedTarget_IsMet(string target) => TargetBounds.AssertMetOrKnownMiss(Result, target, s_knownMisses);

    [Fact]
    public void Validate_ExactCoverage_StillHalvesVoronoiSpatialError()
    {
        Assert.InRange(Result.SpatialErrorRatioEmToVoronoiExactCoverage, 0, 0.5);
        Assert.True(Result.SpatialErrorExactCoverageM.Em <= 1.3 * Result.SpatialErrorM.Em);
    }

    [Fact]
    public void Sensitivity_EveryAssumedRate_MovesTheTotalAgainstItsDirection()
    {
        var rows = Result.Sensitivity;
        Assert.Equal(7, rows.Count);
        Assert.Equal(rows[0].MinusPct, rows[0].PlusPct);
        // A lower assumed detection rate means more people per device; the published level leans on them.
        foreach (var name in new[] { "market share", "LTE share", "switched on" })
        {
            var row = rows.Single(r => r.Rate == name);
            Assert.True(row.MinusPct > rows[0].MinusPct && row.PlusPct < rows[0].PlusPct, $"{name}: {row.MinusPct} / {row.PlusPct}");
        }
        Assert.Contains("sensitivity", Result.ToJson(), StringComparison.Ordinal);
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
