using System.Globalization;
using System.Security.Cryptography;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// What a store looks like from outside after a process wrote to it: SQLite's integrity check, the days its cell blocks
/// hold (each either whole — 24 hours of every level, every expected zone — or absent) and a fingerprint of its
/// contents that leaves out the wall-clock stamps (import and update times).
/// </summary>
public static class StoreConsistency
{
    private static readonly ZoneLevel[] s_levels = [ZoneLevel.City, ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa];

    /// <summary>Rows of a table of a store another process may be writing (0 when the file or the table is not there yet).</summary>
    public static long CountOrZero(string dbPath, string table)
    {
        if (!File.Exists(dbPath))
            return 0;
        try
        {
            using var connection = Open(dbPath);
            if (!HasTable(connection, table))
                return 0;
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // busy or mid-creation: not reached yet
        }
    }

    public static string IntegrityCheck(string dbPath)
    {
        using var connection = Open(dbPath);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return string.Join("; ", Column(cmd));
    }

    /// <summary>
    /// The days in the store's blocks, after asserting that each is whole: 24 hours × 4 levels, every hour's 집계구
    /// block with <paramref name="oasPerHour"/> cells, and the day's daily statistics present. A store the process never
    /// reached (no file) holds no day.
    /// </summary>
    public static IReadOnlyList<int> WholeDays(string dbPath, int oasPerHour)
    {
        if (!File.Exists(dbPath))
            return [];
        using var connection = Open(dbPath);
        if (!HasTable(connection, "PopBlock"))
            return [];
        var blocks = new List<(long Key, int Cells)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT Key, Data FROM PopBlock ORDER BY Key";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                blocks.Add((reader.GetInt64(0), CellBlock.Decode((byte[])reader.GetValue(1)).Count));
        }
        var days = blocks.Select(b => (int)(b.Key / 4 / 24)).Distinct().Order().ToList();
        foreach (var day in days)
        {
            for (var hour = day * 24; hour < day * 24 + 24; hour++)
            {
                foreach (var level in s_levels)
                {
                    var key = CellTable.BlockKey(hour, level);
                    var found = blocks.FindIndex(b => b.Key == key);
                    Assert.True(found >= 0, $"day {Date(day)} is partial: no {level} block at hour {hour % 24}");
                    if (level == ZoneLevel.Oa)
                        Assert.True(blocks[found].Cells == oasPerHour, $"day {Date(day)} hour {hour % 24}: {blocks[found].Cells} 집계구 of {oasPerHour}");
                }
            }
        }
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT DISTINCT Day FROM DailyStat ORDER BY Day";
            Assert.Equal(days, Column(cmd).Select(d => int.Parse(d, CultureInfo.InvariantCulture)));
        }
        return days;
    }

    /// <summary>Hours with a stored suppression pattern, as days (each asserted whole).</summary>
    public static IReadOnlyList<int> MaskDays(string dbPath)
    {
        if (!File.Exists(dbPath))
            return [];
        using var connection = Open(dbPath);
        if (!HasTable(connection, "PopMask"))
            return [];
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Key FROM PopMask";
        var hours = Column(cmd).Select(h => int.Parse(h, CultureInfo.InvariantCulture)).ToList();
        var days = hours.GroupBy(h => h / 24).ToList();
        Assert.All(days, d => Assert.True(d.Count() == 24, $"day {Date(d.Key)} has suppression patterns for {d.Count()} hours"));
        return [.. days.Select(d => d.Key).Order()];
    }

    /// <summary>Days covered by the files the store records as imported.</summary>
    public static IReadOnlyList<int> ImportedDays(string dbPath)
    {
        if (!File.Exists(dbPath))
            return [];
        using var connection = Open(dbPath);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT FirstHour, LastHour FROM ImportedFile";
        using var reader = cmd.ExecuteReader();
        var days = new SortedSet<int>();
        while (reader.Read())
        {
            for (var day = reader.GetInt32(0) / 24; day <= reader.GetInt32(1) / 24; day++)
                days.Add(day);
        }
        return [.. days];
    }

    /// <summary>Row counts and a SHA-256 of the zones, cell blocks, masks, daily statistics, register and imported files (name, hash, rows).</summary>
    public static string Fingerprint(string dbPath)
    {
        using var connection = Open(dbPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var parts = new List<string>();
        foreach (var (table, query) in new[]
                 {
                     ("Zone", "SELECT * FROM Zone ORDER BY Id"), ("PopBlock", "SELECT Key, Data FROM PopBlock ORDER BY Key"),
                     ("PopMask", "SELECT Key, Data FROM PopMask ORDER BY Key"), ("DailyStat", "SELECT * FROM DailyStat ORDER BY ZoneId, Day"),
                     ("Registered", "SELECT * FROM Registered ORDER BY ZoneId, \"Group\", Sex, Band"),
                     ("ImportedFile", "SELECT FileName, Sha256, Kind, Rows, MaskedCells, Zones, FirstHour, LastHour FROM ImportedFile ORDER BY FileName"),
                 })
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = query;
            using var reader = cmd.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var v = reader.GetValue(i);
                    hash.AppendData(v is byte[] b ? b : System.Text.Encoding.UTF8.GetBytes(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null"));
                    hash.AppendData([0]);
                }
            }
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{table}={rows}"));
        }
        return string.Join(";", parts) + ";" + Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// Files beside the store other than the store, SQLite's own WAL and shared-memory files and, <paramref name="afterKill"/>,
    /// what a killed writer may leave for the next open to clear: the empty lock file of a migration and SQLite's hot
    /// rollback journal (a kill inside the first migration, before the store turns to WAL). The import lock
    /// (<c>STORE.import.lock</c>) is a lasting, empty companion of the store that the OS locks while a writer runs.
    /// </summary>
    public static IReadOnlyList<string> StrayFiles(string dbPath, bool afterKill = false)
    {
        var name = Path.GetFileName(dbPath);
        string[] leftByKill = [Path.GetFileName(Web.Data.Stores.MigrationGate.LockPath(dbPath)), name + "-journal"];
        string[] allowed = [name, name + "-wal", name + "-shm", name + ".import.lock", .. afterKill ? leftByKill : []];
        return [.. Directory.GetFiles(Path.GetDirectoryName(dbPath)!).Select(Path.GetFileName).Where(f => !allowed.Contains(f)).Select(f => f!)];
    }

    public static string Date(int day) => HourSlot.FromOrdinal(day * 24).Date.ToString("MM-dd", CultureInfo.InvariantCulture);

    private static SqliteConnection Open(string dbPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
        cmd.Parameters.AddWithValue("$t", table);
        return (long)cmd.ExecuteScalar()! > 0;
    }

    private static List<string> Column(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        return values;
    }
}
