using System.Diagnostics;
using DefactoPop.Core.Operator;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Operator;

[CollectionDefinition(nameof(DropReaderFullDayTests), DisableParallelization = true)]
public sealed class DropReaderFullDayCollection;

/// <summary>A full-size day (18,000 cells × 24 h) reads whole; the time is printed, the speed target is checked by `bench`.</summary>
[Collection(nameof(DropReaderFullDayTests))]
public class DropReaderFullDayTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_FullSyntheticDay_ReadsEveryRow()
    {
        // The synthetic plan: 6,000 sites × 3 sectors (NetworkOptions), 24 hours of dense counts, gzip.
        using var fixture = new DropFixture();
        var plan = DropFixture.Plan(18_000);
        var drop = DropFixture.Drop(plan, DropFixture.Day, seed: 11);
        var folder = fixture.DayFolder(drop.Date);
        DropWriter.Write(folder, drop, gzip: true);
        DropReader.Read(folder, DropFixture.Plan(30)); // warm up the code paths on a small plan
        GC.Collect();

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = DropReader.Read(folder, plan);
        watch.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        output.WriteLine($"read 18,000 cells × 24 h: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU");

        Assert.True(result.IsValid, string.Join("\n", result.Issues.Take(5)));
        Assert.Equal(18_000 * 24 - 2, result.Manifest!.Files[0].Rows);
    }
}
