using System.Security.Cryptography;
using System.Threading.Channels;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using System.Data.Common;

namespace DefactoPop.Web.Data.Import;

/// <summary>
/// Loads one official living-population file in one transaction: parse, validate against the zone catalogue,
/// upsert cells, clear what the file's days no longer hold, roll up, record the file. Any issue rolls everything back.
/// </summary>
public sealed class PopulationImporter(StoreDatabase database, ZoneCatalogCache catalogs, TimeProvider time)
{
    public const int MaxIssues = 100;
    private const int BatchSize = 4096;

    public async Task<ImportReport> ImportAsync(string path, IProgress<double>? progress = null, PopulationClass? classHint = null, CancellationToken ct = default)
    {
        var name = Path.GetFileName(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new ProgressStream(File.OpenRead(path), progress, hash);
        using var reader = LivingPopulationReader.Open(file, name, new LivingPopulationReaderOptions(classHint, MaxIssues));
        var layout = reader.Layout ?? throw new ImportFormatException(reader.Issues);
        var catalog = await catalogs.GetAsync(ct);

        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = (DbTransaction)await connection.BeginTransactionAsync(ct);
        var issues = new List<ImportIssue>();
        var hours = new HashSet<int>();
        var zones = new HashSet<int>();
        var keys = new HashSet<long>();
        long rows = 0;
        var zoneColumn = layout.ZoneColumnIndex + 1;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Parse, validate and encode on one thread; insert on this one.
        var batches = Channel.CreateBounded<List<(long Key, byte[] Data)>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                var cell = new CellValues();
                var batch = new List<(long, byte[])>(BatchSize);
                foreach (var row in reader.ReadRows())
                {
                    ct.ThrowIfCancellationRequested();
                    if (!catalog.TryGetId(row.ZoneCode, out var id) || catalog[id].Level != row.Level)
                    {
                        issues.Add(new ImportIssue(name, row.Line, zoneColumn, layout.Columns[zoneColumn - 1],
                            $"unknown {row.Level.NameKo()} code {row.ZoneCode}: it is not in the zone catalogue (load the boundaries or code tables first)"));
                        if (issues.Count >= MaxIssues)
                            break;
                        continue;
                    }
                    if (row.ParentCode is { } parentCode && catalog.ParentOf(id) is { } parentId && catalog[parentId].Code != parentCode)
                    {
                        issues.Add(new ImportIssue(name, row.Line, layout.ParentColumnIndex + 1, layout.Columns[layout.ParentColumnIndex],
                            $"집계구 {row.ZoneCode} belongs to 행정동 {catalog[parentId].Code}, not {parentCode}"));
                        if (issues.Count >= MaxIssues)
                            break;
                        continue;
                    }
                    if (issues.Count > 0)
                        continue; // the file is refused anyway: only keep collecting issues
                    cell.Clear();
                    cell.Set(row);
                    var key = CellKeys.Of(row.Slot, id);
                    batch.Add((key, CellCodec.Encode(cell)));
                    keys.Add(key);
                    hours.Add(row.Slot.Ordinal);
                    zones.Add(id);
                    rows++;
                    if (batch.Count == BatchSize)
                    {
                        await batches.Writer.WriteAsync(batch, ct);
                        batch = new List<(long, byte[])>(BatchSize);
                    }
                }
                if (batch.Count > 0)
                    await batches.Writer.WriteAsync(batch, ct);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, ct);
        // Days that held nothing before this file: their cells are known without reading them back (roll-ups) and
        // nothing on them can be stale.
        var freshDays = new Dictionary<int, bool>();
        var freshCells = new Dictionary<int, List<(long Key, byte[] Data)>>();
        using (var writer = new CellWriter(connection, transaction))
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                foreach (var (key, data) in batch)
                {
                    var hour = CellKeys.HourOf(key);
                    if (!freshDays.TryGetValue(hour / 24, out var fresh))
                        freshDays[hour / 24] = fresh = Rollup.IsEmptyDay(connection, transaction, hour / 24);
                    if (fresh)
                        (freshCells.TryGetValue(hour, out var list) ? list : freshCells[hour] = []).Add((key, data));
                    writer.Upsert(key, data);
                }
            }
            writer.Flush();
        }
        await producer; // a zone-hour repeated in the file is refused by the reader, so the fresh cells are the stored ones

        var allIssues = reader.Issues.Concat(issues).OrderBy(i => i.Line).Take(MaxIssues).ToList();
        if (allIssues.Count > 0 || rows == 0)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (allIssues.Count == 0)
                allIssues.Add(new ImportIssue(name, 1, 0, null, "the file has a header but no data rows"));
            throw new ImportFormatException(allIssues);
        }

        // A re-import replaces the file's days, level and class: cells it no longer has lose that class.
        file.Drain();
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        var cleared = StaleCells.Clear(connection, transaction, layout.Level, layout.Class, hours.Select(h => h / 24).Where(d => !freshDays.GetValueOrDefault(d)), keys);
        var storeTime = clock.Elapsed;
        // Loaded figures replace estimates: the release pattern of those hours no longer applies.
        MaskTable.Delete(connection, transaction, hours.Concat(cleared).Distinct());
        Rollup.Run(connection, transaction, catalog, hours.Concat(cleared), freshCells);
        var rollupTime = clock.Elapsed - storeTime;
        var kind = layout.Describe();
        RecordFile(connection, transaction, name, sha, kind, rows, reader.MaskedCells, zones.Count, hours.Min(), hours.Max());
        await transaction.CommitAsync(ct);
        var commitTime = clock.Elapsed - storeTime - rollupTime;

        var gaps = Gaps.Analyse(hours, zones.Count, rows);
        return new ImportReport(name, kind, rows)
        {
            Encoding = reader.Encoding ?? "",
            Level = layout.Level,
            FirstDate = HourSlot.FromOrdinal(hours.Min()).Date,
            LastDate = HourSlot.FromOrdinal(hours.Max()).Date,
            Zones = zones.Count,
            MaskedCells = reader.MaskedCells,
            MissingDays = gaps.MissingDays,
            IncompleteDays = gaps.IncompleteDays,
            MissingZoneHours = gaps.MissingZoneHours,
            Timings = new ImportTimings(storeTime, rollupTime, commitTime),
        };
    }

    private void RecordFile(DbConnection connection, DbTransaction transaction, string name, string sha, string kind,
        long rows, long masked, int zones, int firstHour, int lastHour)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            INSERT INTO ImportedFile(FileName, Sha256, Kind, Rows, MaskedCells, Zones, FirstHour, LastHour, ImportedAt)
            VALUES (@n, @s, @k, @r, @m, @z, @f, @l, @t)
            ON CONFLICT(FileName) DO UPDATE SET Sha256 = @s, Kind = @k, Rows = @r, MaskedCells = @m, Zones = @z, FirstHour = @f, LastHour = @l, ImportedAt = @t;
            """;
        cmd.Param("n", name);
        cmd.Param("s", sha);
        cmd.Param("k", kind);
        cmd.Param("r", rows);
        cmd.Param("m", masked);
        cmd.Param("z", zones);
        cmd.Param("f", firstHour);
        cmd.Param("l", lastHour);
        var now = time.GetUtcNow();
        cmd.Param("t", now.ToString("O"));
        cmd.ExecuteNonQuery();
        MetaStore.RecordImport(connection, transaction, now);
    }
}
