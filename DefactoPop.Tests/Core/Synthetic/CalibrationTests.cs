using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

/// <summary>The full city's truth over 2017-Q4 reproduces the published headline (1% city, 5% district figures).</summary>
[Collection(FullCityCollection.Name)]
public class CalibrationTests(FullCityFixture fixture)
{
    private readonly CalibrationReport _report = fixture.Report;

    [Fact]
    public void Quarter_CoversEveryHour() => Assert.Equal(92 * 24, _report.Hours);

    [Fact]
    public void Mean_Within1PercentOf11_51M() => AssertClose(SeoulHeadline.Mean, _report.Mean, 0.01);

    [Fact]
    public void Max_Within1PercentOn2017_12_20At14h()
    {
        AssertClose(SeoulHeadline.Max, _report.Max, 0.01);
        Assert.Equal(SeoulHeadline.MaxSlot, _report.MaxSlot);
    }

    [Fact]
    public void Min_Within1PercentOnChuseok2017_10_02At07h()
    {
        AssertClose(SeoulHeadline.Min, _report.Min, 0.01);
        Assert.Equal(SeoulHeadline.MinSlot, _report.MinSlot);
    }

    [Fact]
    public void NonResidents_PeakAt1_65M() => AssertClose(SeoulHeadline.NonResidentPeak, _report.NonResidentMax, 0.02);

    [Fact]
    public void Registered_Is10_13M() => AssertClose(SeoulFacts.RegisteredEnd2017, _report.Registered, 0.01);

    [Fact]
    public void Classes_DomesticForeignAndShortTermWithin1Percent()
    {
        AssertClose(SeoulHeadline.DomesticMean, _report.DomesticMean, 0.01);
        AssertClose(SeoulHeadline.ForeignMean, _report.ForeignMean, 0.01);
        AssertClose(SeoulHeadline.ShortTermMean, _report.ShortTermMean, 0.01);
        AssertClose(SeoulHeadline.LongTermMean, _report.LongTermMean, 0.01);
        Assert.InRange(_report.ShortTermChineseShare, 0.52, 0.60);
    }

    [Theory]
    [InlineData("11680", SeoulHeadline.GangnamMean)]
    [InlineData("11710", SeoulHeadline.SongpaMean)]
    [InlineData("11650", SeoulHeadline.SeochoMean)]
    [InlineData("11545", SeoulHeadline.GeumcheonMean)]
    public void District_MeanWithin5Percent(string sig, double expected) =>
        AssertClose(expected, _report.DistrictMean[sig], 0.05);

    [Fact]
    public void District_GeumcheonIsTheSmallestAndGangnamTheLargest()
    {
        var ordered = _report.DistrictMean.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
        Assert.Equal("11545", ordered[0]);
        Assert.Equal("11680", ordered[^1]);
        Assert.Equal(_report.Mean, _report.DistrictMean.Values.Sum(), _report.Mean * 1e-6);
    }

    [Fact]
    public void Myeongdong_AFewThousandAtNightAbout100KAt14h()
    {
        AssertClose(SeoulHeadline.Myeongdong14h, _report.Myeongdong14h, 0.05);
        Assert.InRange(_report.MyeongdongMidnight, 2_000, 12_000);
    }

    [Fact]
    public void Checks_AllPublishedFiguresPass()
    {
        var checks = _report.Checks();
        Assert.Equal(13, checks.Count);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Name}: expected {c.Expected:N0}, got {c.Actual:N0}"));
    }

    [Fact]
    public void Checks_DetectAMiss()
    {
        var off = _report with { Mean = _report.Mean * 1.02 };
        Assert.False(off.Checks().Single(c => c.Name == "mean").Passed);
    }

    private static void AssertClose(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual / expected - 1) <= relative, $"expected {expected:N0} ± {relative:P0}, got {actual:N0}");
}
