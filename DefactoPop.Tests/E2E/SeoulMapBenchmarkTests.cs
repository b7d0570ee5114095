using DefactoPop.Tests.TestSupport.Dashboard;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DefactoPop.Tests.E2E;

/// <summary>A fact that runs only when DEFACTOPOP_BENCH_DB names a store file (a Seoul-size quarter made by simulate).</summary>
public sealed class BenchStoreFactAttribute : FactAttribute
{
    public static string? Path => Environment.GetEnvironmentVariable("DEFACTOPOP_BENCH_DB") is { Length: > 0 } p && File.Exists(p) ? p : null;

    public BenchStoreFactAttribute()
    {
        if (Path is null)
            Skip = "DEFACTOPOP_BENCH_DB does not name a store file (the map benchmark on a Seoul-size store is run by hand).";
    }
}

/// <summary>
/// The browser timings on a real Seoul-size store: DEFACTOPOP_BENCH_DB=/path/quarter.db dotnet test -c Release
/// --filter SeoulMapBenchmark --logger "console;verbosity=detailed". Printed against the targets, not asserted.
/// </summary>
public sealed class SeoulMapBenchmarkTests(ITestOutputHelper output)
{
    [BenchStoreFact]
    public async Task Measure_SeoulSizeStore_PrintsTimingsAgainstTargets()
    {
        await using var factory = DashboardAppFactory.ForDatabase(BenchStoreFactAttribute.Path!);
        var baseUrl = factory.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);

        var result = await DashboardBenchmark.MeasureAsync(browser, baseUrl, repeats: 5);

        output.WriteLine(result.ToString());
        output.WriteLine($"navigation→dong map: {result.NavigationToDongMapMs:0} ms (target ≤ 1,500) {Verdict(result.NavigationToDongMapMs, 1500)}");
        output.WriteLine($"hour change→repainted, 행정동: {result.HourChangeDongMs:0} ms (target ≤ 100) {Verdict(result.HourChangeDongMs, 100)}");
        output.WriteLine($"hour change→repainted, 집계구 of one district ({result.OaFeatures} features): {result.HourChangeOaMs:0} ms (target ≤ 150) {Verdict(result.HourChangeOaMs, 150)}");
        output.WriteLine($"the city's 집계구 at zoom 13 dragged across: longest frame {result.PanWorstFrameMs:0} ms over {result.PanFrames} frames (target ≤ 100) {Verdict(result.PanWorstFrameMs, 100)}");
        Assert.True(double.IsFinite(result.HourChangeDongMs), result.ToString());
    }

    private static string Verdict(double ms, double target) => ms <= target ? "met" : "MISSED";
}
