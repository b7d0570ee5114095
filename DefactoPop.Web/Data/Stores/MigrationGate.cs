using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Serialises schema migrations of one store across processes with an OS file lock (<c>STORE.migrate.lock</c> beside
/// it, held with <see cref="FileShare.None"/>), which the kernel releases when its holder dies. EF Core's own SQLite
/// migration lock is a row in <c>__EFMigrationsLock</c> that a killed process leaves behind, and every later migration
/// then waits for it forever; inside this gate any such row is stale by construction and is removed. The lock file
/// is deleted on close; one left by a killed process is empty and taken over by the next migration. (Deleting on close
/// leaves a narrow window in which a process that opened the old file just before it was unlinked also gets a lock.)
/// </summary>
public sealed class MigrationGate : IAsyncDisposable
{
    private readonly FileStream _lock;

    private MigrationGate(FileStream held) => _lock = held;

    public static string LockPath(string storePath) => storePath + ".migrate.lock";

    /// <summary>Waits for other processes migrating the store, then clears a lock row a killed migration left.</summary>
    public static async Task<MigrationGate> EnterAsync(string storePath, string connectionString, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var held = new FileStream(LockPath(storePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                var gate = new MigrationGate(held);
                await ClearStaleLockAsync(connectionString, ct);
                return gate;
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                await Task.Delay(200, ct); // another process is migrating this store
            }
        }
    }

    public ValueTask DisposeAsync() => _lock.DisposeAsync();

    /// <summary>
    /// Deletes the lock file a migration killed after its last step left beside a store that is now current (nothing
    /// else would remove it); a lock another process holds is left to it.
    /// </summary>
    public static void RemoveLeftover(string storePath)
    {
        var path = LockPath(storePath);
        if (!File.Exists(path))
            return;
        try
        {
            using var taken = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // held by a migrating process, or already gone
        }
    }

    private static async Task ClearStaleLockAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (await cmd.ExecuteScalarAsync(ct) is null)
            return;
        cmd.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
