using DefactoPop.Tests.TestSupport.Dashboard;

namespace DefactoPop.Tests.E2E;

/// <summary>Runs the benchmark helpers once (one repeat) so they keep working; the timings are printed, not asserted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBenchmarkTests(BrowserFixture fx, ITestOutputHelper output)
{
    [Fact]
    public async Task Benchmark_OneRepeat_ProducesFiniteTimings()
    {
        var result = await DashboardBenchmark.MeasureAsync(fx.Browser, fx.BaseUrl, repeats: 1);

        output.WriteLine(result.ToString());
        Assert.True(double.IsFinite(result.NavigationToDongMapMs) && result.NavigationToDongMapMs > 0);
        Assert.True(double.IsFinite(result.HourChangeDongMs) && result.HourChangeDongMs > 0);
        Assert.True(double.IsFinite(result.HourChangeOaMs) && result.HourChangeOaMs > 0);
        Assert.Equal(DashboardTestContext.SharedStore.OaCount, result.OaFeatures);
    }
}
