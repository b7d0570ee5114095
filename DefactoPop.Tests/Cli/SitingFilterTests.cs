using DefactoPop.Core.Siting;
using DefactoPop.Web.Routing;

namespace DefactoPop.Tests.Cli;

public sealed class SitingFilterTests
{
    private static Dictionary<string, string?> Q(params (string, string)[] pairs) => pairs.ToDictionary(p => p.Item1, p => (string?)p.Item2);

    [Fact]
    public void Parse_ItsOwnPairs_RoundTrips()
    {
        var filter = new SitingFilter { Preset = SitingPreset.Canopy, Heat = 0.55, Vulnerable = 0, Aggregation = Aggregation.Geometric, K = 12, Draws = 9, From = new DateOnly(2017, 11, 1) };

        var back = SitingFilter.Parse(filter.ToPairs().ToDictionary(p => p.Key, p => (string?)p.Value), strict: true);

        Assert.Equal(filter, back);
    }

    [Fact]
    public void ToPairs_Defaults_AreLeftOut()
    {
        Assert.Empty(new SitingFilter().ToPairs());
        Assert.Equal("/siting?preset=bus", DashboardUrls.Siting(new SitingFilter { Preset = SitingPreset.Bus }));
    }

    [Theory]
    [InlineData("heat", "1.5")]
    [InlineData("preset", "park")]
    [InlineData("k", "0")]
    [InlineData("from", "2017-13-01")]
    [InlineData("agg", "max")]
    public void Parse_StrictBadValue_Throws(string key, string value)
    {
        Assert.Throws<FormatException>(() => SitingFilter.Parse(Q((key, value)), strict: true));
    }

    [Fact]
    public void Parse_LenientBadValue_KeepsTheDefault()
    {
        var filter = SitingFilter.Parse(Q(("heat", "abc"), ("preset", "retail")), strict: false);

        Assert.Equal(0.3, filter.Heat);
        Assert.Equal(SitingPreset.Retail, filter.Preset);
    }

    [Fact]
    public void Parse_StrictUnknownKey_Throws()
    {
        var e = Assert.Throws<FormatException>(() => SitingFilter.Parse(Q(("colour", "red")), strict: true));
        Assert.Contains("colour", e.Message, StringComparison.Ordinal);
    }
}
