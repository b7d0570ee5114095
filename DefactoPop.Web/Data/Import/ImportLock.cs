using System.Collections.Concurrent;

namespace DefactoPop.Web.Data.Import;

/// <summary>
/// Serialises writers of one store (import, estimate, simulate) across processes and within one: an OS file lock on
/// <c>&lt;db&gt;.import.lock</c> (FileShare.None, retried), which the OS frees when the holder dies, behind an
/// in-process semaphore per store (two uploads of one server wait in turn, as two processes do).
/// </summary>
public sealed class ImportLock(string dbPath)
{
    /// <summary>What a writer prints, once, when it has to wait.</summary>
    public const string WaitingMessage = "다른 가져오기가 진행 중이어서 기다립니다 / Another import is running on this store; waiting…";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_inProcess = new(StringComparer.Ordinal);
    private static readonly TimeSpan s_retry = TimeSpan.FromMilliseconds(200);

    public string Path { get; } = System.IO.Path.GetFullPath(dbPath) + ".import.lock";

    /// <summary>Called (once per wait) when another writer holds the store; the CLI prints <see cref="WaitingMessage"/>.</summary>
    public Action? Waiting { get; set; }

    /// <summary>Waits until this caller is the only writer of the store; dispose the lease to let the next one in.</summary>
    public async Task<Lease> AcquireAsync(CancellationToken ct = default)
    {
        var gate = s_inProcess.GetOrAdd(Path, _ => new SemaphoreSlim(1, 1));
        var announced = false;
        if (!gate.Wait(0))
        {
            Announce(ref announced);
            await gate.WaitAsync(ct);
        }
        try
        {
            while (true)
            {
                if (TryOpen() is { } file)
                    return new Lease(file, gate, announced);
                Announce(ref announced);
                await Task.Delay(s_retry, ct);
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>The store if no other writer holds it now, else null (restore refuses rather than waits).</summary>
    public Lease? TryAcquire()
    {
        var gate = s_inProcess.GetOrAdd(Path, _ => new SemaphoreSlim(1, 1));
        if (!gate.Wait(0))
            return null;
        if (TryOpen() is { } file)
            return new Lease(file, gate, false);
        gate.Release();
        return null;
    }

    private void Announce(ref bool announced)
    {
        if (announced)
            return;
        announced = true;
        Waiting?.Invoke();
    }

    private FileStream? TryOpen()
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
                writer.Write(Environment.ProcessId);
            file.Flush();
            return file;
        }
        catch (IOException)
        {
            return null; // held by another process (or another handle of ours): retry
        }
    }

    /// <summary>The store held by one writer; <see cref="Waited"/> when another writer held it first.</summary>
    public sealed class Lease(FileStream file, SemaphoreSlim gate, bool waited) : IAsyncDisposable, IDisposable
    {
        private int _disposed;

        public bool Waited { get; } = waited;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            file.Dispose();
            gate.Release();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
