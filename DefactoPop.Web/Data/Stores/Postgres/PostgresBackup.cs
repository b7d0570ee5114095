using System.Diagnostics;
using DefactoPop.Web.Data.Import;
using Npgsql;

namespace DefactoPop.Web.Data.Stores.Postgres;

/// <summary>
/// Backup and restore of a PostgreSQL store with the server's own tools: <c>pg_dump --format=custom</c> into
/// FILE.partial, listed back by <c>pg_restore --list</c> (a dump of a DefactoPop store, readable whole), then moved into
/// place; <c>restore</c> checks the file the same way and loads it with <c>pg_restore --clean --single-transaction</c>, so a
/// failed restore leaves the database as it was. Never while another writer holds the store's <see cref="ImportLock"/>.
/// A month held as a foreign partition on another server is dumped as its definition only (back that server up too).
/// </summary>
public static class PostgresBackup
{
    private static readonly string[] s_required = ["__EFMigrationsHistory", "zone", "popblock", "importedfile", "meta"];

    private static readonly string[] s_counted = ["zone", "popblock", "registered", "dailystat", "importedfile", "meta"];

    public static async Task<StoreCopyReport> BackupAsync(string connectionString, string target, CancellationToken ct = default)
    {
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--file", partial], ct);
            Verify(partial);
            var tables = await CountAsync(connectionString, ct);
            File.Move(partial, target, overwrite: true);
            return new StoreCopyReport(target, new FileInfo(target).Length, tables, "ok (pg_restore --list)");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task<StoreCopyReport> RestoreAsync(string from, string connectionString, ImportLock importLock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(importLock);
        from = Path.GetFullPath(from);
        if (!File.Exists(from))
            throw new StoreBackupException($"{from}: no such backup.");
        Verify(from);
        using var lease = importLock.TryAcquire()
            ?? throw new StoreBackupException($"another process is importing into the store (it holds {importLock.Path}); try again when it has finished.");
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", from], ct);
        return new StoreCopyReport(from, new FileInfo(from).Length, await CountAsync(connectionString, ct), "ok (pg_restore --list)");
    }

    /// <summary>Refuses a file that pg_restore cannot list, or whose list lacks the store's tables.</summary>
    public static void Verify(string path)
    {
        string list;
        try
        {
            list = Run(Tool("pg_restore"), ["--list", path], password: null);
        }
        catch (InvalidOperationException e)
        {
            throw new StoreBackupException($"{path} is not a PostgreSQL dump ({e.Message.Trim()}).");
        }
        var missing = s_required.Where(t => !list.Contains($" TABLE public {t} ", StringComparison.Ordinal) && !list.Contains($" TABLE public \"{t}\" ", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new StoreBackupException($"{path} is a PostgreSQL dump but not of a DefactoPop store (no table {string.Join(", ", missing)}).");
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CountAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var result = new List<(string, long)>();
        foreach (var table in s_counted)
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            result.Add((table, (long)(await cmd.ExecuteScalarAsync(ct))!));
        }
        return result;
    }

    private static Task RunAsync(string tool, string connectionString, IReadOnlyList<string> args, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        // libpq's own keywords; the password goes by environment, never on the command line.
        var dbname = $"host={b.Host} port={b.Port} dbname={b.Database} user={b.Username}";
        return Task.Run(() => Run(Tool(tool), [.. args, "--dbname", dbname], b.Password), ct);
    }

    /// <summary>The tool beside the newest installed server (pg_dump must be at least the server's version), else on PATH.</summary>
    private static string Tool(string name) =>
        PgCluster.FindBinaries() is { } bin && File.Exists(Path.Combine(bin, name)) ? Path.Combine(bin, name) : name;

    private static string Run(string program, IReadOnlyList<string> args, string? password)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        if (password is not null)
            info.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new StoreBackupException($"{program} is not installed ({e.Message}); install Debian's postgresql-client.");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {stderr.Result.Trim()}");
            return stdout.Result;
        }
    }
}
