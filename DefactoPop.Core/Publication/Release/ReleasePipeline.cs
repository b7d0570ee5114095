using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Publication.Disclosure;

namespace DefactoPop.Core.Publication.Release;

/// <param name="Inbox">The operator's drops: day folders (yyyy-MM-dd, complete once manifest.json is there) and reference/.</param>
/// <param name="City">The city's inputs (zones, land use, register, census).</param>
/// <param name="Out">Where released days go, one folder each.</param>
public sealed record ReleaseRequest(string Inbox, string City, string Out)
{
    public DisclosureOptions Disclosure { get; init; } = DisclosureOptions.Seoul;

    public OutputEncoding Encoding { get; init; } = OutputEncoding.Cp949;

    /// <summary>Ordinary weeknights before each day that calibration uses.</summary>
    public int Window { get; init; } = 7;

    /// <summary>Days to publish again (next revision) even though their drop did not change.</summary>
    public IReadOnlySet<DateOnly> Reprocess { get; init; } = new HashSet<DateOnly>();
}

public enum ReleaseStatus
{
    Published,
    Republished,
    Unchanged,
    Quarantined,
}

/// <summary>What happened to one drop.</summary>
public sealed record ReleaseOutcome(DateOnly Date, ReleaseStatus Status, int Revision, string? Reason, ReleaseManifest? Manifest);

/// <summary>
/// The daily release: every complete drop not yet released is estimated, protected as one linked table, attacked,
/// and written as Seoul's official files into a folder that appears whole (manifest last, then one rename). The same
/// drop twice changes nothing; a corrected drop republishes its day with the next revision; a drop that cannot be read,
/// estimated or safely protected is quarantined with its reason and the next day still goes out.
/// </summary>
public sealed class ReleasePipeline(ReleaseRequest request, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ReleaseFolders _folders = new(request.Out);

    /// <summary>Called with the name of each stage as it is reached (tests stop the process there).</summary>
    public Action<DateOnly, string>? Checkpoint { get; init; }

    /// <summary>Called with each day's estimates before it is released (e.g. to store them for the dashboard).</summary>
    public Func<CityFrame, IReadOnlyList<EstimateHour>, CancellationToken, Task>? Estimated { get; init; }

    public async Task<IReadOnlyList<ReleaseOutcome>> RunAsync(IProgress<string>? log = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(_folders.Root);
        _folders.Recover();
        var frame = CityFrameBuilder.From(CityFolder.Read(request.City));
        var reference = Path.Combine(request.Inbox, "reference");
        var plan = ReferenceReader.ReadCellPlan(Path.Combine(reference, ContractFormat.CellPlanFile));
        var series = new DropSeries(request.Inbox, plan, frame, PublishedAssumptions.FromReference(reference, frame), request.Window);
        var outcomes = new List<ReleaseOutcome>();
        foreach (var day in series.Days)
        {
            ct.ThrowIfCancellationRequested();
            var manifestPath = Path.Combine(DropWriter.DayFolder(request.Inbox, day), ContractFormat.ManifestFile);
            if (!File.Exists(manifestPath))
                continue; // not complete yet
            var outcome = await ReleaseDayAsync(series, frame, day, manifestPath, ct);
            if (outcome is null)
                continue;
            outcomes.Add(outcome);
            log?.Report(Describe(outcome));
        }
        return outcomes;
    }

    private async Task<ReleaseOutcome?> ReleaseDayAsync(DropSeries series, CityFrame frame, DateOnly day, string manifestPath, CancellationToken ct)
    {
        var dropSha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifestPath)));
        var previous = ReleaseManifest.TryRead(_folders.Day(day));
        if (previous?.DropSha256 == dropSha && !request.Reprocess.Contains(day))
            return new ReleaseOutcome(day, ReleaseStatus.Unchanged, previous.Revision, null, previous);
        if (QuarantinedSha(day) == dropSha)
            return null; // the same bad drop: reported when it was quarantined
        var received = new DateTimeOffset(File.GetLastWriteTimeUtc(manifestPath), TimeSpan.Zero);
        var clock = Stopwatch.StartNew();

        var estimate = series.Estimate(day);
        if (estimate.Hours is not { } hours)
            return Quarantine(day, dropSha, "the drop was refused: " + string.Join("; ", estimate.Issues.Take(5)));
        if (Estimated is { } store)
            await store(frame, hours, ct);
        Checkpoint?.Invoke(day, "estimated");

        var partial = _folders.Partial(day);
        if (Directory.Exists(partial))
            Directory.Delete(partial, recursive: true);
        Directory.CreateDirectory(partial);
        var options = new LivingPopulationWriterOptions(request.Encoding);
        IReadOnlyList<ReleaseFile> files;
        long checkedCells = 0, cells = 0, masked = 0;
        double? narrowest = null;
        var auditClock = new Stopwatch();
        // Hour by hour: estimate rows, protect, attack, write; a full day of rows never sits in memory at once.
        using (var set = new ReleaseFileSet(partial, day, options))
        {
            set.Write(EarlierDaysOfPeriod(day));
            foreach (var hour in hours)
            {
                IReadOnlyList<PopulationRow> published;
                ReleaseAudit audit;
                try
                {
                    published = ReleaseDisclosure.Protect(PopulationRows.FromEstimate(frame, hour), ReleaseFiles.Levels, request.Disclosure);
                    auditClock.Start();
                    audit = ReleaseDisclosure.Audit(published, request.Disclosure);
                    auditClock.Stop();
                }
                catch (Exception e) when (e is ProtectionFailedException or InconsistentReleaseException)
                {
                    set.Dispose();
                    Directory.Delete(partial, recursive: true);
                    return Quarantine(day, dropSha, "disclosure control failed: " + e.Message);
                }
                if (!audit.Passed)
                {
                    set.Dispose();
                    Directory.Delete(partial, recursive: true);
                    return Quarantine(day, dropSha, $"the attacker narrowed {audit.Violations.Count} suppressed cells, e.g. {audit.Violations[0]}: not published");
                }
                checkedCells += audit.CellsChecked;
                if (audit.Narrowest is { } n && (narrowest is null || n.Width < narrowest))
                    narrowest = n.Width;
                cells += published.Sum(r => r.Cells().Count());
                masked += published.Sum(r => r.Cells().Count(v => v.IsMasked));
                set.Write(published.OrderBy(r => r.Class).ThenBy(r => r.Level).ThenBy(r => r.ZoneCode, StringComparer.Ordinal));
                if (hour.Slot.Hour == 0)
                    Checkpoint?.Invoke(day, "protected");
            }
            files = set.Complete();
        }
        Checkpoint?.Invoke(day, "files-written");

        var revision = (previous?.Revision ?? 0) + 1;
        var publishedAt = _time.GetUtcNow();
        var manifest = new ReleaseManifest(day, revision, ReleaseManifest.CurrentMethod, dropSha, received, publishedAt,
            (publishedAt - received).TotalSeconds, clock.Elapsed.TotalSeconds, request.Disclosure.Threshold,
            request.Encoding == OutputEncoding.Cp949 ? "cp949" : "utf-8",
            [.. files.Select(f => new ReleaseManifestFile(f.Name, f.Level.Key(), f.Class.Key(), f.Rows, f.Sha256))],
            new ReleaseAuditSummary(checkedCells, narrowest, 0, auditClock.Elapsed.TotalSeconds),
            hours.Count(h => h.Imputed.Any(i => i)), cells == 0 ? 0 : (double)masked / cells);
        AtomicFile.Write(Path.Combine(partial, ReleaseManifest.FileName), manifest.ToJson());
        Checkpoint?.Invoke(day, "manifest-written");
        _folders.Publish(day, () => Checkpoint?.Invoke(day, "swapped-out"));
        Checkpoint?.Invoke(day, "published");
        var note = _folders.QuarantineNote(day);
        if (File.Exists(note))
            File.Delete(note);
        return new ReleaseOutcome(day, previous is null ? ReleaseStatus.Published : ReleaseStatus.Republished, revision, null, manifest);
    }

    /// <summary>행정동 and 자치구 rows of the days already released this month (dong file) or year (gu file).</summary>
    private IEnumerable<PopulationRow> EarlierDaysOfPeriod(DateOnly day)
    {
        var before = _folders.Days().Where(d => d < day && d.Year == day.Year).ToList();
        if (before.Count == 0)
            yield break;
        var latest = _folders.Day(before[^1]);
        // Only the period files: the previous day's 집계구 file is not read at all.
        foreach (var file in Directory.GetFiles(latest, "*.csv").Where(f => f.Contains("_DONG_", StringComparison.Ordinal) || f.Contains("_GU_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = Import.LivingPopulationReader.Open(file, new Import.LivingPopulationReaderOptions(Import.OfficialFileNames.ClassHint(file)));
            foreach (var r in reader.ReadRows())
            {
                if (r.Slot.Date != day && (r.Level == ZoneLevel.Gu || (r.Level == ZoneLevel.Dong && r.Slot.Date.Month == day.Month)))
                    yield return r;
            }
            if (reader.Issues.Count > 0)
                throw new Import.ImportFormatException(reader.Issues);
        }
    }

    private ReleaseOutcome Quarantine(DateOnly day, string dropSha, string reason)
    {
        var note = JsonSerializer.SerializeToUtf8Bytes(new { date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), drop_sha256 = dropSha, reason, at = _time.GetUtcNow() },
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        AtomicFile.Write(_folders.QuarantineNote(day), note);
        return new ReleaseOutcome(day, ReleaseStatus.Quarantined, 0, reason, null);
    }

    private string? QuarantinedSha(DateOnly day)
    {
        var note = _folders.QuarantineNote(day);
        if (!File.Exists(note))
            return null;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(note));
        return doc.RootElement.TryGetProperty("drop_sha256", out var sha) ? sha.GetString() : null;
    }

    private static string Describe(ReleaseOutcome o)
    {
        var date = o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return o.Status switch
        {
            ReleaseStatus.Quarantined => $"{date}: quarantined: {o.Reason}",
            ReleaseStatus.Unchanged => $"{date}: unchanged (revision {o.Revision})",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{date}: {(o.Status == ReleaseStatus.Published ? "published" : "republished")} revision {o.Revision} in {o.Manifest!.ProcessingSeconds:F1} s " +
                $"(attacker {o.Manifest.Audit.Seconds:F1} s over {o.Manifest.Audit.CellsChecked:N0} cells, narrowest {o.Manifest.Audit.NarrowestWidth:0.##}; " +
                $"{o.Manifest.MaskedShare:P1} of cells masked); lag from the drop {o.Manifest.LagSeconds:F0} s"),
        };
    }
}
