using System.Diagnostics;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.Data;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// The release verb in a child process, stopped with SIGKILL at a stage of the pipeline: what is visible afterwards is
/// only whole days, and the next run finishes the work.
/// </summary>
public sealed class ReleaseKillTests : IDisposable
{
    private readonly TinyDropCity _city = new();

    private string Out => Path.Combine(_city.Drops.Root, "released");

    public void Dispose() => _city.Dispose();

    [Theory]
    [InlineData("estimated")]
    [InlineData("protected")]
    [InlineData("files-written")]
    [InlineData("manifest-written")]
    [InlineData("published")]
    public async Task Release_KilledAtAStage_NoPartialDayVisibleAndTheNextRunCompletes(string stage)
    {
        await KillAtAsync(stage);

        AssertOnlyWholeDays();
        var outcomes = await new ReleasePipeline(new ReleaseRequest(_city.DropsRoot, _city.City, Out)).RunAsync();
        Assert.All(outcomes, o => Assert.NotEqual(ReleaseStatus.Quarantined, o.Status));
        Assert.Equal(TinyDropCity.Days, new ReleaseFolders(Out).Days());
        AssertOnlyWholeDays();
        Assert.Empty(Directory.GetDirectories(Out, ".*"));
    }

    [Fact]
    public async Task Release_KilledBetweenTheRenamesOfARepublish_OldRevisionComesBack()
    {
        await new ReleasePipeline(new ReleaseRequest(_city.DropsRoot, _city.City, Out)).RunAsync();
        var day = TinyDropCity.Days[0];
        DropWriter.Write(_city.Drops.DayFolder(day), DropFixture.Drop(TinyDropCity.Plan, day, seed: 99), gzip: false);

        await KillAtAsync("swapped-out");

        AssertOnlyWholeDays();
        var outcomes = await new ReleasePipeline(new ReleaseRequest(_city.DropsRoot, _city.City, Out)).RunAsync();
        Assert.Equal((ReleaseStatus.Republished, 2), outcomes.Where(o => o.Date == day).Select(o => (o.Status, o.Revision)).Single());
        AssertOnlyWholeDays();
    }

    private async Task KillAtAsync(string stage)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DefactoPop.Web.dll"), "release",
                     "--inbox", _city.DropsRoot, "--city", _city.City, "--out", Out })
            start.ArgumentList.Add(arg);
        start.Environment[ReleaseCommand.HoldAtVariable] = stage;
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
            if (e.Data.StartsWith("hold:", StringComparison.Ordinal))
                held.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(held.Task, exited, Task.Delay(TimeSpan.FromSeconds(90)));
        var reached = first == held.Task;
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        lock (output)
            Assert.True(reached, $"the release never reached '{stage}' (exit {process.ExitCode}):\n{output}");
    }

    /// <summary>Every visible day folder has its manifest, and every file the manifest lists is there with its checksum.</summary>
    private void AssertOnlyWholeDays()
    {
        if (!Directory.Exists(Out))
            return;
        foreach (var dir in Directory.GetDirectories(Out).Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) != "quarantine"))
        {
            var manifest = ReleaseManifest.TryRead(dir);
            Assert.True(manifest is not null, $"{dir} is visible without its manifest");
            Assert.All(manifest.Files, f => Assert.Equal(f.Sha256, ReleaseFiles.Sha256(Path.Combine(dir, f.Name))));
            Assert.Equal(manifest.Files.Select(f => f.Name).Append(ReleaseManifest.FileName).Order(),
                Directory.GetFiles(dir).Select(Path.GetFileName).Order());
            Assert.True(ReleaseDisclosure.Audit(ReleaseFiles.Read(dir), DisclosureOptions.Seoul).Passed);
        }
    }
}
