using System.Globalization;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// <c>import</c> and <c>estimate</c> in a child process, killed with SIGKILL at points spread over a whole run (import:
/// fractions of the reference run's wall time, start-up included, and the first file's report; estimate: stages read off
/// the store it writes, since its wall time swings most with the machine's load): the store left behind passes
/// SQLite's integrity check, holds only whole days (the import's recorded files cover exactly them; the estimate's
/// suppression patterns too) and no stray file, and the same command run again finishes and leaves the store equal to
/// a run that was never killed.
/// </summary>
public sealed class KillSafetyTests(KillSafetyInputs inputs, ITestOutputHelper output) : IClassFixture<KillSafetyInputs>
{
    [Fact]
    public async Task Import_KilledEarly_StoreHoldsWholeDaysAndTheRerunMatchesTheReference()
    {
        const double fraction = 0.3;
        var db = inputs.NewStore("import-early", copyBase: true);

        var run = await ChildVerb.RunAsync(inputs.ImportArgs(db), inputs.ImportDuration * fraction, null);

        AssertImportConsistent(db, run, $"after {fraction:P0} of {inputs.ImportDuration.TotalSeconds:F1} s");
        await AssertRerunMatchesAsync(inputs.ImportArgs(db), db, inputs.ImportFingerprint);
    }

    /// <summary>Kill points read off the store: two and three of the four day files committed (the next one in flight).</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Import_KilledOnceFilesAreCommitted_StoreHoldsWholeDaysAndTheRerunMatchesTheReference(int files)
    {
        var db = inputs.NewStore("import-after-" + files.ToString(CultureInfo.InvariantCulture), copyBase: true);

        var run = await ChildVerb.RunAsync(inputs.ImportArgs(db), null, null, () => StoreConsistency.CountOrZero(db, "ImportedFile") >= files);

        Assert.True(run.Killed, $"the import finished before {files} files were recorded and it could be killed:\n{run.Output}");
        var days = AssertImportConsistent(db, run, $"once {files} files were recorded");
        Assert.True(days.Count >= files, $"{days.Count} day(s) after {files} files");
        await AssertRerunMatchesAsync(inputs.ImportArgs(db), db, inputs.ImportFingerprint);
    }

    [Fact]
    public async Task Import_KilledRightAfterAFileIsReported_StoreHoldsWholeDaysAndTheRerunMatchesTheReference()
    {
        var db = inputs.NewStore("import-after-first-file", copyBase: true);

        var run = await ChildVerb.RunAsync(inputs.ImportArgs(db), null, line => line.StartsWith("  rows:", StringComparison.Ordinal));

        var days = AssertImportConsistent(db, run, "after the first file's report");
        Assert.NotEmpty(days);
        await AssertRerunMatchesAsync(inputs.ImportArgs(db), db, inputs.ImportFingerprint);
    }

    /// <summary>
    /// Kill points read off the store the child writes: its schema begun (a migration recorded), its catalogue written,
    /// then one and two of the three days stored (96 blocks a day).
    /// </summary>
    [Theory]
    [InlineData("__EFMigrationsHistory", 1)]
    [InlineData("Zone", 1)]
    [InlineData("PopBlock", 96)]
    [InlineData("PopBlock", 192)]
    public async Task Estimate_KilledOnceTheStoreHolds_StoreHoldsWholeDaysAndTheRerunMatchesTheReference(string table, int rows) =>
        await EstimateKilledAsync($"once {table} held {rows} row(s)",
            db => ChildVerb.RunAsync(inputs.EstimateArgs(db), null, null, () => StoreConsistency.CountOrZero(db, table) >= rows));

    private async Task EstimateKilledAsync(string when, Func<string, Task<ChildOutcome>> kill)
    {
        // The last day stores in well under a second, so a 20 ms poll can miss the point before it: try again on a new
        // store (a run that finished is not a kill, and proves nothing here).
        string db;
        ChildOutcome run;
        var attempt = 0;
        do
        {
            db = inputs.NewStore("estimate-" + Guid.NewGuid().ToString("N")[..8], copyBase: false);
            run = await kill(db);
        }
        while (!run.Killed && ++attempt < 3);

        Assert.True(run.Killed, $"the estimate finished before the kill point ({when}) in {attempt} tries:\n{run.Output}");
        var days = AssertConsistent(db, run, KillSafetyInputs.EstimateOas, when);
        Assert.Equal(days, StoreConsistency.MaskDays(db));
        await AssertRerunMatchesAsync(inputs.EstimateArgs(db), db, inputs.EstimateFingerprint);
    }

    private IReadOnlyList<int> AssertImportConsistent(string db, ChildOutcome run, string when)
    {
        var days = AssertConsistent(db, run, KillSafetyInputs.ImportOas, when);
        Assert.Equal(days, StoreConsistency.ImportedDays(db));
        return days;
    }

    /// <summary>Integrity, no stray file, whole days only; reports what the kill left.</summary>
    private IReadOnlyList<int> AssertConsistent(string db, ChildOutcome run, int oasPerHour, string when)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"killed {when} (at {run.Elapsed.TotalSeconds:F2} s, killed: {run.Killed}, exit {run.ExitCode})"));
        Assert.True(run.Killed || run.ExitCode == 0, run.Output);
        Assert.Empty(StoreConsistency.StrayFiles(db, afterKill: true));
        if (!File.Exists(db))
        {
            output.WriteLine("  no store yet");
            return [];
        }
        Assert.Equal("ok", StoreConsistency.IntegrityCheck(db));
        var days = StoreConsistency.WholeDays(db, oasPerHour);
        output.WriteLine($"  whole days left: {(days.Count == 0 ? "none" : string.Join(", ", days.Select(StoreConsistency.Date)))}");
        return days;
    }

    private async Task AssertRerunMatchesAsync(string[] args, string db, string reference)
    {
        var rerun = await ChildVerb.RunAsync(args);

        Assert.True(rerun.ExitCode == 0, $"re-run exit {rerun.ExitCode}:\n{rerun.Output}");
        Assert.Empty(StoreConsistency.StrayFiles(db));
        Assert.Equal("ok", StoreConsistency.IntegrityCheck(db));
        Assert.Equal(reference, StoreConsistency.Fingerprint(db));
    }
}
