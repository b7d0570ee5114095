using DefactoPop.Core.Operator;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.Data;

namespace DefactoPop.Tests.Core.Publication.Release;

public sealed class ReleasePipelineTests : IDisposable
{
    private readonly TinyDropCity _city = new();

    private string Out => Path.Combine(_city.Drops.Root, "released");

    public void Dispose() => _city.Dispose();

    private Task<IReadOnlyList<ReleaseOutcome>> RunAsync() =>
        new ReleasePipeline(new ReleaseRequest(_city.DropsRoot, _city.City, Out)).RunAsync();

    [Fact]
    public async Task Run_CompleteDrops_EachDayACompleteChecksummedReleaseThatPassesTheAttacker()
    {
        var outcomes = await RunAsync();

        Assert.Equal(TinyDropCity.Days, outcomes.Select(o => o.Date));
        Assert.All(outcomes, o => Assert.Equal((ReleaseStatus.Published, 1), (o.Status, o.Revision)));
        var folders = new ReleaseFolders(Out);
        foreach (var day in TinyDropCity.Days)
        {
            var folder = folders.Day(day);
            var manifest = ReleaseManifest.TryRead(folder)!;
            Assert.Equal(day, manifest.DataDate);
            Assert.Equal(7, manifest.Files.Count);
            Assert.All(manifest.Files, f => Assert.Equal(f.Sha256, ReleaseFiles.Sha256(Path.Combine(folder, f.Name))));
            Assert.Contains(manifest.Files, f => f.Name == $"LOCAL_PEOPLE_{day:yyyyMMdd}.csv" && f.Rows == 24 * 6);
            Assert.True(manifest.PublishedAt >= manifest.DropReceivedAt);
            Assert.True(ReleaseDisclosure.Audit(ReleaseFiles.Read(folder), DisclosureOptions.Seoul).Passed);
        }
        // The month's 행정동 file gathers the days released so far.
        var last = ReleaseManifest.TryRead(folders.Day(TinyDropCity.Days[^1]))!;
        Assert.Equal(3 * 24, last.Files.Single(f => f.Name == "LOCAL_PEOPLE_DONG_201710.csv").Rows);
        Assert.Empty(Directory.GetDirectories(Out, ".*"));
    }

    [Fact]
    public async Task Run_SameDropsTwice_SecondRunChangesNothing()
    {
        await RunAsync();
        var before = Snapshot();

        var again = await RunAsync();

        Assert.All(again, o => Assert.Equal(ReleaseStatus.Unchanged, o.Status));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Run_CorrectedDrop_RepublishesThatDayWithTheNextRevision()
    {
        await RunAsync();
        var day = TinyDropCity.Days[1];
        DropWriter.Write(_city.Drops.DayFolder(day), DropFixture.Drop(TinyDropCity.Plan, day, seed: 4242), gzip: false);

        var again = await RunAsync();

        var corrected = Assert.Single(again, o => o.Date == day);
        Assert.Equal((ReleaseStatus.Republished, 2), (corrected.Status, corrected.Revision));
        Assert.Equal(2, ReleaseManifest.TryRead(new ReleaseFolders(Out).Day(day))!.Revision);
        Assert.All(again.Where(o => o.Date != day), o => Assert.Equal(ReleaseStatus.Unchanged, o.Status));
    }

    [Fact]
    public async Task Run_CorruptDrop_QuarantinedWithItsReasonAndTheNextDayStillPublished()
    {
        var bad = TinyDropCity.Days[1];
        var file = Directory.GetFiles(_city.Drops.DayFolder(bad), ContractFormat.Domestic + ".csv*").Single();
        File.AppendAllText(file, "20171011,25,C1,5" + new string(',', 28) + "\n");

        var outcomes = await RunAsync();

        var folders = new ReleaseFolders(Out);
        var quarantined = Assert.Single(outcomes, o => o.Status == ReleaseStatus.Quarantined);
        Assert.Equal(bad, quarantined.Date);
        Assert.Contains("refused", quarantined.Reason);
        Assert.True(File.Exists(folders.QuarantineNote(bad)));
        Assert.False(Directory.Exists(folders.Day(bad)));
        Assert.Equal(ReleaseStatus.Published, outcomes.Single(o => o.Date == TinyDropCity.Days[2]).Status);
        Assert.Empty(await RunAsync() is var second ? second.Where(o => o.Status != ReleaseStatus.Unchanged) : []);
    }

    [Fact]
    public async Task Run_DropWithoutManifest_WaitsUntilItIsComplete()
    {
        var late = TinyDropCity.Days[2];
        File.Delete(Path.Combine(_city.Drops.DayFolder(late), ContractFormat.ManifestFile));

        var outcomes = await RunAsync();

        Assert.DoesNotContain(outcomes, o => o.Date == late);
        Assert.False(Directory.Exists(new ReleaseFolders(Out).Day(late)));
    }

    private Dictionary<string, DateTime> Snapshot() =>
        Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
}
