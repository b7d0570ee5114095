using System.Diagnostics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Import;

namespace DefactoPop.Tests.Data;

/// <summary>Writers of one store take turns: two imports in one process, and an import in a child process behind a held lock.</summary>
public sealed class ImportLockTests
{
    private static FixtureFile Small => OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);

    [Fact]
    public async Task ImportFile_TwoWhileAnotherWriterHoldsTheStore_BothWaitThenBothSucceed()
    {
        // The test holds the store, as a running import would, so the order does not depend on how fast a file loads.
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var first = store.WriteFile("first-" + Small.FileName, Small.Bytes);
        var second = store.WriteFile("second-" + Small.FileName, Small.Bytes);
        var waits = 0;
        var firstWaits = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Imports.Lock.Waiting = () =>
        {
            Interlocked.Increment(ref waits);
            firstWaits.TrySetResult();
        };
        var held = await store.Imports.Lock.AcquireAsync();

        var firstTask = store.Imports.ImportFileAsync(first);
        await firstWaits.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var secondTask = store.Imports.ImportFileAsync(second);
        Assert.False(firstTask.IsCompleted || secondTask.IsCompleted);
        await held.DisposeAsync();
        var reports = await Task.WhenAll(firstTask, secondTask);

        Assert.All(reports, r => Assert.True(r.Rows > 0));
        Assert.Equal([true, true], reports.Select(r => r.Waited));
        Assert.Equal(2, waits);
    }

    [Fact]
    public async Task TryAcquire_WhileHeld_IsNullAndFreeAgainAfterRelease()
    {
        var db = Path.Combine(Path.GetTempPath(), "defactopop-lock-" + Guid.NewGuid().ToString("N") + ".db");
        var importLock = new ImportLock(db);
        try
        {
            using (await importLock.AcquireAsync())
                Assert.Null(new ImportLock(db).TryAcquire());
            using var again = new ImportLock(db).TryAcquire();
            Assert.NotNull(again);
        }
        finally
        {
            File.Delete(importLock.Path);
        }
    }

    [PostgresFact]
    public async Task Acquire_PostgresStoreHeldFromAnotherMachine_WaitsThenHolds()
    {
        // Two locks with different local names stand for two machines: only the database's advisory lock joins them.
        var connection = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            var here = new ImportLock(Path.Combine(Path.GetTempPath(), "machine-a-" + Guid.NewGuid().ToString("N")), connection);
            var there = new ImportLock(Path.Combine(Path.GetTempPath(), "machine-b-" + Guid.NewGuid().ToString("N")), connection);
            var waited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            there.Waiting = () => waited.TrySetResult();

            var first = await here.AcquireAsync();
            Assert.Null(there.TryAcquire());
            var second = there.AcquireAsync();
            await waited.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(second.IsCompleted);
            await first.DisposeAsync();
            await using var lease = await second.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(lease.Waited);
            Assert.Null(here.TryAcquire());
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connection);
        }
    }

    [Fact]
    public async Task ImportVerb_LockHeldByAnotherWriter_PrintsWaitingOnceThenImports()
    {
        // Arrange: this process holds the store's lock; the import runs in a child process.
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var file = store.WriteFile(Small.FileName, Small.Bytes);
        var held = new ImportLock(store.DbPath).TryAcquire();
        Assert.NotNull(held);
        var output = new List<string>();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DefactoPop.Web.dll"), "import", file, "--db", store.DbPath })
            start.ArgumentList.Add(arg);
        using var child = new Process { StartInfo = start };
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            lock (output)
                output.Add(e.Data);
            if (e.Data == ImportLock.WaitingMessage)
                waiting.TrySetResult();
        }
        child.OutputDataReceived += OnLine;
        child.ErrorDataReceived += OnLine;
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        // Act: release once the child says it waits.
        var first = await Task.WhenAny(waiting.Task, child.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        held!.Dispose();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));

        // Assert
        lock (output)
        {
            var text = string.Join("\n", output);
            Assert.True(first == waiting.Task, "the child never said it waits:\n" + text);
            Assert.Equal(0, child.ExitCode);
            Assert.Single(output, l => l == ImportLock.WaitingMessage);
            Assert.Contains(output, l => l.Contains("rows: ", StringComparison.Ordinal));
        }
    }
}
