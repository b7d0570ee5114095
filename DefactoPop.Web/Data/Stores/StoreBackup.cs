using System.Globalization;
using DefactoPop.Web.Data.Import;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Stores;

/// <summary>A backup or restore that was refused, with the reason a user can act on.</summary>
public sealed class StoreBackupException(string message) : Exception(message);

/// <summary>What a backup or restore copied: the tables' row counts and the integrity check of the copy.</summary>
public sealed record StoreCopyReport(string Path, long Bytes, IReadOnlyList<(string Table, long Rows)> Tables, string Integrity);

/// <summary>
/// SQLite online backup of a store into a file (written to FILE.partial, checked, then moved) and the restore of such a
/// file over a store (checked to be a DefactoPop store, copied beside the target, then moved), never while another
/// writer holds the store's <see cref="ImportLock"/>. PostgreSQL stores: <see cref="Postgres.PostgresBackup"/>.
/// </summary>
public static class StoreBackup
{
    /// <summary>Tables every DefactoPop store has, whatever its migration.</summary>
    public static readonly string[] RequiredTables = ["__EFMigrationsHistory", "Zone", "ImportedFile", "Meta"];

    private static readonly string[] s_counted = ["Zone", "PopBlock", "Registered", "DailyStat", "ImportedFile", "Meta"];

    public static StoreCopyReport Backup(string dbPath, string target)
    {
        dbPath = Path.GetFullPath(dbPath);
        target = Path.GetFullPath(target);
        if (!File.Exists(dbPath))
            throw new StoreBackupException($"{dbPath}: no such store.");
        if (target == dbPath)
            throw new StoreBackupException($"{target}: the backup cannot be the store itself.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            using (var source = Open(dbPath, SqliteOpenMode.ReadOnly))
            using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE"); // one self-contained file, no -wal beside it
            }
            var report = Inspect(partial, target);
            if (report.Integrity != "ok")
                throw new StoreBackupException($"{partial}: the copy fails its integrity check ({report.Integrity}); {target} was not written.");
            File.Move(partial, target, overwrite: true);
            return report;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Checks that <paramref name="path"/> is a DefactoPop store: a SQLite file, integrity "ok", the store's tables and migrations.</summary>
    public static StoreCopyReport Verify(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
            throw new StoreBackupException($"{path}: no such file.");
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var tables = new HashSet<string>(StringComparer.Ordinal);
            using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                    tables.Add(reader.GetString(0));
            }
            var missing = RequiredTables.Where(t => !tables.Contains(t)).ToList();
            if (missing.Count > 0)
                throw new StoreBackupException($"{path} is not a DefactoPop store: it lacks the table(s) {string.Join(", ", missing)}.");
            var latest = Scalar(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1") as string;
            if (latest is null)
                throw new StoreBackupException($"{path} is not a DefactoPop store: it has no migration history.");
            if (string.CompareOrdinal(latest, StoreDatabase.LatestMigration) > 0)
                throw new StoreBackupException($"{path} was written by a newer DefactoPop (migration {latest}); this build knows up to {StoreDatabase.LatestMigration}.");
        }
        catch (SqliteException e)
        {
            throw new StoreBackupException($"{path} is not a DefactoPop store: {e.Message}");
        }
        var report = Inspect(path, path);
        if (report.Integrity != "ok")
            throw new StoreBackupException($"{path} fails its integrity check: {report.Integrity}");
        return report;
    }

    /// <summary>Replaces the store at <paramref name="dbPath"/> by the backup <paramref name="from"/>, atomically; refused while another writer holds the store.</summary>
    public static StoreCopyReport Restore(string from, string dbPath)
    {
        from = Path.GetFullPath(from);
        dbPath = Path.GetFullPath(dbPath);
        var report = Verify(from);
        if (from == dbPath)
            throw new StoreBackupException($"{from}: the backup is the store itself.");
        var importLock = new ImportLock(dbPath);
        using var lease = importLock.TryAcquire()
            ?? throw new StoreBackupException($"another process is importing into {dbPath} (it holds {importLock.Path}); try again when it has finished.");
        Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
        var temp = Path.Combine(Path.GetDirectoryName(dbPath)!, "." + Path.GetFileName(dbPath) + ".restore.partial");
        File.Delete(temp);
        try
        {
            using (var source = Open(from, SqliteOpenMode.ReadOnly))
            using (var copy = Open(temp, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE");
            }
            SqliteConnection.ClearAllPools();
            if (File.Exists(dbPath))
            {
                // The old store's write-ahead log must not be replayed into the new file.
                using (var old = Open(dbPath, SqliteOpenMode.ReadWrite))
                    Execute(old, "PRAGMA wal_checkpoint(TRUNCATE)");
                SqliteConnection.ClearAllPools();
                File.Delete(dbPath + "-wal");
                File.Delete(dbPath + "-shm");
            }
            File.Move(temp, dbPath, overwrite: true);
            return report with { Path = dbPath };
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Row counts of the store's main tables (those present) and PRAGMA integrity_check.</summary>
    private static StoreCopyReport Inspect(string path, string reportedPath)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        var integrity = string.Join("; ", Column(connection, "PRAGMA integrity_check").Take(5));
        var present = Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        var counts = s_counted.Where(present.Contains)
            .Select(t => (t, Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM \"{t}\""), CultureInfo.InvariantCulture)))
            .ToList();
        return new StoreCopyReport(reportedPath, new FileInfo(path).Length, counts, integrity);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 60 }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
