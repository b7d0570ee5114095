using DefactoPop.Tests.TestSupport.Dashboard;
using Xunit.Abstractions;

namespace DefactoPop.Tests.E2E;

/// <summary>
/// The map benchmark itself works: every timing it reports is a real paint on the test store. The figures are printed,
/// not asserted against targets (speed is for benchmarks; run it against a Seoul-size store for the numbers).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBenchmarkTests(BrowserFixture fx, ITestOutputHelper output)
{
    [Fact]
    public async Task Measure_TestStore_ReportsEveryTimingFromARealPaint()
    {
        var result = await DashboardBenchmark.MeasureAsync(fx.Browser, fx.BaseUrl, repeats: 3);

        output.WriteLine(result.ToString());
        foreach (var ms in (double[])[result.NavigationToDongMapMs, result.HourChangeDongMs, result.HourChangeOaMs, result.ConfirmedDongMs, result.ConfirmedOaMs])
            Assert.True(double.IsFinite(ms) && ms > 0, result.ToString());
        Assert.True(result.OaFeatures > 0);
        Assert.True(double.IsFinite(result.PanWorstFrameMs) && result.PanFrames > 0, result.ToString());
    }
}
