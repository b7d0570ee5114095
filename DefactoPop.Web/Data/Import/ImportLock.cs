using System.Collections.Concurrent;
using Npgsql;

namespace DefactoPop.Web.Data.Import;

/// <summary>
/// Serialises writers of one store (import, estimate, simulate) across processes and within one, behind an in-process
/// semaphore per store (two uploads of one server wait in turn, as two processes do). A SQLite store's lock is an OS
/// file lock on <c>&lt;db&gt;.import.lock</c> (FileShare.None, retried); a PostgreSQL store's is a session advisory
/// lock in its database, so writers on other machines wait too. Either is freed when its holder dies.
/// </summary>
/// <param name="dbPath">The SQLite file, or for PostgreSQL the local name of the in-process gate.</param>
/// <param name="postgres">The PostgreSQL store's connection string; null for SQLite.</param>
public sealed class ImportLock(string dbPath, string? postgres = null)
{
    /// <summary>The advisory lock's key: the same in every DefactoPop process (advisory locks are per database).</summary>
    public const long AdvisoryKey = 0x44_65_66_61_63_74_6F_50; // "DefactoP"

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
                if (await TryHoldAsync(ct) is { } held)
                    return new Lease(held, gate, announced);
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
        IDisposable? held;
        try
        {
            held = postgres is null ? TryOpen() : TryAdvisoryAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch
        {
            gate.Release();
            throw;
        }
        if (held is not null)
            return new Lease(held, gate, false);
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

    private async Task<IDisposable?> TryHoldAsync(CancellationToken ct) => postgres is null ? TryOpen() : await TryAdvisoryAsync(ct);

    /// <summary>A session holding the store's advisory lock, or null when another session holds it.</summary>
    private async Task<IDisposable?> TryAdvisoryAsync(CancellationToken ct)
    {
        // Its own unpooled session: the lock lives as long as the session, and dies with this process.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            cmd.Parameters.AddWithValue("key", AdvisoryKey);
            if (await cmd.ExecuteScalarAsync(ct) is true)
                return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
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

    /// <summary>The store held by one writer (a lock file or an advisory-lock session); <see cref="Waited"/> when another writer held it first.</summary>
    public sealed class Lease(IDisposable held, SemaphoreSlim gate, bool waited) : IAsyncDisposable, IDisposable
    {
        private int _disposed;

        public bool Waited { get; } = waited;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            held.Dispose();
            gate.Release();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
