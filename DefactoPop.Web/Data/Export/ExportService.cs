using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using System.Data.Common;

namespace DefactoPop.Web.Data.Export;

public sealed record ExportRequest(ZoneLevel Level, DateOnly From, DateOnly To, PopulationClass Class, string Encoding, string OutPath)
{
    /// <summary>Cells at or below this many persons are written as "*"; null turns suppression off.</summary>
    public double? Threshold { get; init; } = 3;

    /// <summary>Append the 90 % bounds of each row's total as two columns (empty where the store has none); off keeps the official layout.</summary>
    public bool Intervals { get; init; }
}

public sealed record ExportResult(string Path, long Rows, long MaskedCells, string Layout);

/// <summary>
/// Writes stored figures in the official layouts, with disclosure control. Estimates are protected as the release
/// protects them: each hour's finest stored rows summed to every published level and suppressed as one linked table,
/// so a file of one level cannot be differenced against a file of another. Figures loaded from official files that
/// already carry "*" are re-published with their masks and Seoul's row rule (they were protected at the source).
/// </summary>
public sealed class ExportService(StoreDatabase database, ZoneCatalogCache catalogs)
{
    public async Task<ExportResult> ExportAsync(ExportRequest request, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        if (request.To < request.From)
            throw new ArgumentException("--to is before --from.");
        var catalog = await catalogs.GetAsync(ct);
        var hasStrata = request.Class == PopulationClass.Domestic && await HasStrataAsync(request, ct);
        if (request.Class == PopulationClass.Domestic && !hasStrata && request.Level != ZoneLevel.Gu)
            throw new InvalidOperationException($"The stored {request.Level.NameKo()} data has no sex/age strata, and only the 자치구 level has an official layout without them.");
        var layout = FileLayout.For(request.Level, request.Class, hasStrata);
        var options = new LivingPopulationWriterOptions(ParseEncoding(request.Encoding)) { IntervalColumns = request.Intervals };
        var disclosure = request.Threshold is { } t ? new DisclosureOptions(t) : null;
        var temp = request.OutPath + ".tmp";
        long rows;
        long masked = 0;
        try
        {
            await using (var stream = File.Create(temp))
            {
                using var writer = new LivingPopulationWriter(stream, layout, options, leaveOpen: true);
                await foreach (var (row, interval, imputed) in RowsAsync(request, catalog, disclosure, progress, ct))
                {
                    masked += row.Cells().Count(v => v.IsMasked);
                    writer.Write(row, interval, imputed);
                }
                writer.Flush();
                rows = writer.RowsWritten;
            }
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        File.Move(temp, request.OutPath, overwrite: true);
        return new ExportResult(request.OutPath, rows, masked, layout.Describe());
    }

    public static OutputEncoding ParseEncoding(string name) => name.Trim().ToLowerInvariant() switch
    {
        "cp949" or "euc-kr" or "ms949" => OutputEncoding.Cp949,
        "utf-8" or "utf8" => OutputEncoding.Utf8,
        _ => throw new FormatException($"Unknown encoding '{name}' (expected cp949 or utf-8)."),
    };

    private async IAsyncEnumerable<(PopulationRow Row, (double Lower, double Upper)? Interval, bool Imputed)> RowsAsync(ExportRequest request,
        StoredZoneIndex catalog, DisclosureOptions? disclosure, IProgress<double>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var from = new HourSlot(request.From, 0).Ordinal;
        var to = new HourSlot(request.To, 23).Ordinal;
        await using var connection = await database.OpenConnectionAsync(ct);
        var query = new Core.Abstractions.PopulationQuery(request.Class);
        for (var hour = from; hour <= to; hour++)
        {
            var slot = HourSlot.FromOrdinal(hour);
            var stored = await LevelRowsAsync(connection, catalog, slot, request.Level, request.Class, query, ct);
            IEnumerable<PopulationRow> rows = stored.Select(x => x.Row);
            if (disclosure is not null)
                rows = await ProtectAsync(connection, catalog, slot, request, stored, disclosure, ct);
            var extras = stored.ToDictionary(x => x.Row.ZoneCode, x => (x.Interval, x.Imputed));
            foreach (var row in rows.OrderBy(r => r.ZoneCode, StringComparer.Ordinal))
            {
                var (interval, imputed) = extras.GetValueOrDefault(row.ZoneCode);
                yield return (row, request.Intervals ? interval : null, imputed);
            }
            progress?.Report((double)(hour - from + 1) / (to - from + 1));
        }
    }

    /// <summary>The requested level's rows as the release publishes them (see the class remarks).</summary>
    private static async Task<IEnumerable<PopulationRow>> ProtectAsync(DbConnection connection, StoredZoneIndex catalog, HourSlot slot,
        ExportRequest request, List<StoredRow> stored, DisclosureOptions disclosure, CancellationToken ct)
    {
        var finest = stored;
        foreach (var level in ReleaseFiles.Levels(request.Class).Where(l => l > request.Level).OrderDescending())
        {
            var rows = await LevelRowsAsync(connection, catalog, slot, level, request.Class, null, ct);
            if (rows.Count > 0)
            {
                finest = rows;
                break;
            }
        }
        if (finest.Count == 0)
            return [];
        // Loaded from official files: protected at the source; re-published with their masks and Seoul's row rule.
        if (!finest.Any(x => x.Estimated) || finest.Any(x => x.Row.HasMaskedCell))
            return stored.Select(x => DisclosureControl.Apply(x.Row, disclosure));
        if (!ReleaseFiles.Levels(request.Class).Contains(request.Level))
            throw new InvalidOperationException($"Estimated {request.Class.NameKo()} figures are published at " +
                $"{string.Join(" and ", ReleaseFiles.Levels(request.Class).Select(l => l.NameKo()))} only; a {request.Level.NameKo()} file is internal (--threshold 0).");
        // One pattern per hour and class for every public path: the release's levels, whatever level is asked for.
        var levels = ReleaseFiles.Levels(request.Class).Where(l => l <= finest[0].Row.Level).ToList();
        var table = ReleaseTable.Aggregate(slot, request.Class, [.. finest.Select(x => x.Row)], levels);
        var threshold = (long)Math.Round(disclosure.Threshold * ReleaseTable.Hundredths);
        return table.ToRows(ReleaseProtection.Protect(table.Table, threshold)).Where(r => r.Level == request.Level).ToList();
    }

    /// <summary>A stored row, its total's bounds, whether an outage was imputed, and whether it is an estimate (it carries an error model).</summary>
    private sealed record StoredRow(PopulationRow Row, (double, double)? Interval, bool Imputed, bool Estimated);

    private static async Task<List<StoredRow>> LevelRowsAsync(DbConnection connection,
        StoredZoneIndex catalog, HourSlot slot, ZoneLevel level, PopulationClass cls, Core.Abstractions.PopulationQuery? query, CancellationToken ct)
    {
        var rows = new List<StoredRow>();
        var block = await CellTable.ReadBlockAsync(connection, slot.Ordinal, level, ct);
        var cell = new CellValues();
        foreach (var (id, data) in block is null ? [] : CellBlock.Decode(block))
        {
            CellCodec.Decode(data, cell);
            var parent = level == ZoneLevel.Oa && catalog.ParentOf(id) is { } p ? catalog[p].Code : null;
            if (cell.ToRow(slot, level, catalog[id].Code, cls, parent) is { } row)
                rows.Add(new StoredRow(row, query is null ? null : CellQuery.Interval(cell, query), cell.Imputed, cell.Intervals != IntervalKind.None));
        }
        return rows;
    }

    private async Task<bool> HasStrataAsync(ExportRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        for (var hour = new HourSlot(request.From, 0).Ordinal; hour <= new HourSlot(request.To, 23).Ordinal; hour++)
        {
            if (await CellTable.ReadBlockAsync(connection, hour, request.Level, ct) is { } block && CellBlock.Decode(block) is [var (_, data), ..])
            {
                var cell = new CellValues();
                CellCodec.Decode(data, cell);
                return (cell.Has & CellSections.Strata) != 0;
            }
        }
        return false;
    }
}
