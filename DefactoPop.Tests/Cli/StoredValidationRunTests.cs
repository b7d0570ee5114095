using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.Core.Validation;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

[Collection(StoredTruthCollection.Name)]
public sealed class StoredValidationRunTests(StoredTruthFixture fixture)
{
    private static readonly DateOnly[] Days = [StoredTruthFixture.First, StoredTruthFixture.Second];

    private StoredValidationRun Run => new(fixture.Store.InternalRead);

    [Fact]
    public void TruthRoot_RunFolder_FindsItsTruthSubFolder()
    {
        Assert.Equal(fixture.TruthDir, StoredValidationRun.TruthRoot(fixture.RunDir));
        Assert.Equal(fixture.TruthDir, StoredValidationRun.TruthRoot(fixture.TruthDir));
    }

    [Fact]
    public async Task RunAsync_TruthEchoingTheStore_OnlyRoundingErrorsAndFullCoverage()
    {
        var report = await Run.RunAsync(fixture.EchoTruthDir, Days);

        Assert.Equal(["2017-10-10", "2017-10-11"], report.Days.Select(d => d.Date));
        Assert.Equal((2, 48), (report.Overall.Days, report.Overall.Hours));
        var o = report.Overall;
        Assert.All([o.CityTotalMaxErrorPct, o.WapePct.Gu, o.WapePct.Dong, o.WapePct.Oa], v => Assert.InRange(v, 0, 0.01));
        var c = o.Interval90CoveragePct;
        Assert.All([c.Oa, c.Dong, c.Gu, c.City], v => Assert.InRange(v, 99, 100));
        Assert.InRange(o.Foreigners!.LongTermErrorPct, 0, 0.01);
        Assert.True(o.Targets.Single(t => t.Name == "wapeOaPct").Met);
    }

    [Fact]
    public async Task RunAsync_EchoScaledByThree_TwoThirdsOffAtEveryLevelAndNoCoverage()
    {
        var o = (await Run.RunAsync(fixture.ScaledTruthDir, Days)).Overall;

        // Against 3 U an estimate U is off by 2 / 3; no stored interval reaches +200 %.
        Assert.All([o.CityTotalMaxErrorPct, o.CityTotalMeanErrorPct, o.WapePct.Gu, o.WapePct.Dong, o.WapePct.Oa], v => Assert.Equal(200 / 3.0, v, 0.02));
        var c = o.Interval90CoveragePct;
        Assert.All([c.Dong, c.Gu, c.City], v => Assert.InRange(v, 0, 5));
        Assert.False(o.Targets.Single(t => t.Name == "cityTotalMaxErrorPct").Met);
        Assert.False(o.Targets.Single(t => t.Name == "wapeGuPct").Met);
    }

    [Fact]
    public async Task RunAsync_ModelTruthOfTheRun_ReportsEveryDayWithIntervalsAtEveryLevel()
    {
        var report = await Run.RunAsync(StoredValidationRun.TruthRoot(fixture.RunDir), Days);

        Assert.Equal(2, report.Days.Count);
        Assert.All(report.Days, d => Assert.Equal(24, d.Hours));
        var c = report.Overall.Interval90CoveragePct;
        Assert.All([c.Oa, c.Dong, c.Gu, c.City], v => Assert.True(double.IsFinite(v)));
        Assert.True(report.Overall.CityTotalMaxErrorPct > 0);
    }

    [Fact]
    public async Task MissingAsync_DayNotStoredNorSealed_NamesItAndWhatExists()
    {
        var missing = await Run.MissingAsync(fixture.TruthDir, [StoredTruthFixture.Second, new DateOnly(2017, 12, 20)]);

        Assert.NotNull(missing);
        Assert.Contains("no stored 집계구 estimates for 2017-12-20", missing, StringComparison.Ordinal);
        Assert.Contains("2 day(s) from 2017-10-10 to 2017-10-11", missing, StringComparison.Ordinal);
        Assert.Contains("no sealed truth for 2017-12-20", missing, StringComparison.Ordinal);
        Assert.Contains("2017-10-10, 2017-10-11", missing, StringComparison.Ordinal);
        Assert.Null(await Run.MissingAsync(fixture.TruthDir, Days));
    }

    [Fact]
    public async Task RunAsync_TruthAlteredAfterSealing_IsRefusedNamingTheFile()
    {
        var dir = CopyOfTruth();
        var path = Path.Combine(dir, TruthFiles.DayFile(StoredTruthFixture.First));
        File.WriteAllBytes(path, GzipText.Bytes(GzipText.Read(path).Replace(",1", ",2", StringComparison.Ordinal)));

        var ex = await Assert.ThrowsAsync<ImportFormatException>(() => Run.RunAsync(dir, Days));

        Assert.Equal(path, ex.Issues[0].File);
        Assert.Contains("checksum", ex.Issues[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ResealedTruthWithANegativeValue_NamesFileLineAndColumn()
    {
        var dir = CopyOfTruth();
        var name = TruthFiles.DayFile(StoredTruthFixture.Second);
        var path = Path.Combine(dir, name);
        var lines = GzipText.Read(path).Split('\n');
        var fields = lines[3].Split(',');
        fields[4] = "-1";
        lines[3] = string.Join(',', fields);
        var bytes = GzipText.Bytes(string.Join('\n', lines));
        File.WriteAllBytes(path, bytes);
        TruthSeal.Write(dir, new Dictionary<string, string> { [name] = AtomicFile.Sha256Hex(bytes) });

        var ex = await Assert.ThrowsAsync<ImportFormatException>(() => Run.RunAsync(dir, Days));

        Assert.Equal((name, 4L, 5), (ex.Issues[0].File, ex.Issues[0].Line, ex.Issues[0].Column));
    }

    private string CopyOfTruth()
    {
        var dir = Path.Combine(fixture.Store.Directory, "copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(fixture.TruthDir))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }
}
