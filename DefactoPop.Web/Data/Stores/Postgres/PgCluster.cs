using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DefactoPop.Web.Data.Stores.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster on a loopback port, in a folder of its own (initdb + pg_ctl from the server's binaries),
/// for benches and tests. PostgreSQL refuses to run as root, so as root the cluster belongs to, and runs as, the user
/// <c>nobody</c>. Dispose stops it and deletes the folder.
/// </summary>
public sealed class PgCluster : IDisposable
{
    private const string RunAsWhenRoot = "nobody";

    private const string Prefix = "defactopop-pg-";

    /// <summary>The id of the process that started the cluster, beside its data (initdb wants an empty folder: one level up).</summary>
    private const string OwnerFile = "owner.pid";

    private int _disposed;

    private PgCluster(string binDir, string dataDir, int port)
    {
        (BinDir, DataDir, Port) = (binDir, dataDir, port);
    }

    public string BinDir { get; }

    public string DataDir { get; }

    public int Port { get; }

    /// <summary>The superuser's connection to the maintenance database (trust authentication, loopback only).</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = "postgres", Pooling = true }.ConnectionString;

    /// <summary>The newest installed server's bin folder (PG_BIN, else /usr/lib/postgresql/N/bin), or null.</summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } env && File.Exists(Path.Combine(env, "initdb")))
            return env;
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
            return null;
        return Directory.EnumerateDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Dir)
            .FirstOrDefault();
    }

    /// <summary>initdb + pg_ctl start on a free loopback port; throws with the server's output when it cannot.</summary>
    public static PgCluster Start(string? binDir = null)
    {
        binDir ??= FindBinaries() ?? throw new InvalidOperationException("No PostgreSQL server binaries (install Debian's postgresql, or set PG_BIN).");
        StopOrphans(binDir);
        var dataDir = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        File.WriteAllText(Path.Combine(dataDir, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var port = FreePort();
        var cluster = new PgCluster(binDir, dataDir, port);
        try
        {
            if (Environment.IsPrivilegedProcess)
                Run("chown", ["-R", RunAsWhenRoot, dataDir], asServer: false);
            cluster.Server("initdb", ["-D", Path.Combine(dataDir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {port} -k {Path.Combine(dataDir, "data")} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB -c max_connections=200");
            cluster.Server("pg_ctl", ["-D", Path.Combine(dataDir, "data"), "-l", Path.Combine(dataDir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
            // A process that ends without disposing (Ctrl-C, an unhandled error) still stops its cluster.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
            Console.CancelKeyPress += (_, _) => cluster.Dispose();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Runs one of the server's programs as the cluster's owner; throws with its output on failure.</summary>
    public string Server(string program, IReadOnlyList<string> args) => Run(Path.Combine(BinDir, program), args, asServer: true);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        try
        {
            if (File.Exists(Path.Combine(DataDir, "data", "postmaster.pid")))
                Server("pg_ctl", ["-D", Path.Combine(DataDir, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try
        {
            Directory.Delete(DataDir, true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// Stops and deletes the clusters of processes that died without stopping theirs (a test host killed at the end of a
    /// run does not run its exit handlers).
    /// </summary>
    private static void StopOrphans(string binDir)
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var owner = Path.Combine(dir, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsAlive(pid))
                continue;
            new PgCluster(binDir, dir, 0).Dispose();
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Run(string program, IReadOnlyList<string> args, bool asServer)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asServer && Environment.IsPrivilegedProcess)
        {
            info.FileName = "runuser";
            foreach (var a in new[] { "-u", RunAsWhenRoot, "--", program })
                info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = program;
        }
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(true);
            throw new InvalidOperationException($"{program} did not finish in 2 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        return stdout.Result;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
