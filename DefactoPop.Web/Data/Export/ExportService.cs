using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Data.Export;

public sealed record ExportRequest(ZoneLevel Level, DateOnly From, DateOnly To, PopulationClass Class, string Encoding, string OutPath)
{
    /// <summary>Cells at or below this many persons are written as "*"; null turns suppression off.</summary>
    public double? Threshold { get; init; } = 3;

    /// <summary>Append the 90 % bounds of each row's total as two columns (empty where the store has none); off keeps the official layout.</summary>
    public bool Intervals { get; init; }
}

public sealed record ExportResult(string Path, long Rows, long MaskedCells, string Layout);

/// <summary>Writes stored figures in the official layouts, with disclosure control.</summary>
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
        await using (var stream = File.Create(temp))
        {
            using var writer = new LivingPopulationWriter(stream, layout, options, leaveOpen: true);
            await foreach (var (stored, interval, imputed) in RowsAsync(request, catalog, progress, ct))
            {
                var row = disclosure is null ? stored : DisclosureControl.Apply(stored, disclosure);
                masked += CountMasked(row);
                writer.Write(row, interval, imputed);
            }
            writer.Flush();
            rows = writer.RowsWritten;
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

    private static long CountMasked(PopulationRow row)
    {
        long n = row.Total.IsMasked ? 1 : 0;
        if (row.Strata is { } strata)
            n += strata.Count(v => v.IsMasked);
        if (row.Chinese is { IsMasked: true })
            n++;
        if (row.OtherForeign is { IsMasked: true })
            n++;
        return n;
    }

    private async IAsyncEnumerable<(PopulationRow Row, (double Lower, double Upper)? Interval, bool Imputed)> RowsAsync(ExportRequest request, StoredZoneIndex catalog, IProgress<double>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var from = new HourSlot(request.From, 0).Ordinal;
        var to = new HourSlot(request.To, 23).Ordinal;
        await using var connection = await database.OpenAsync(ct);
        var cell = new CellValues();
        for (var hour = from; hour <= to; hour++)
        {
            var slot = HourSlot.FromOrdinal(hour);
            var batch = new List<(string Code, PopulationRow Row, (double, double)? Interval, bool Imputed)>();
            var query = new Core.Abstractions.PopulationQuery(request.Class);
            var block = await CellTable.ReadBlockAsync(connection, hour, request.Level, ct);
            foreach (var (id, data) in block is null ? [] : CellBlock.Decode(block))
            {
                CellCodec.Decode(data, cell);
                var zone = catalog[id];
                var parent = request.Level == ZoneLevel.Oa && catalog.ParentOf(id) is { } p ? catalog[p].Code : null;
                if (cell.ToRow(slot, request.Level, zone.Code, request.Class, parent) is { } row)
                    batch.Add((zone.Code, row, request.Intervals ? CellQuery.Interval(cell, query) : null, cell.Imputed));
            }
            foreach (var (_, row, interval, imputed) in batch.OrderBy(x => x.Code, StringComparer.Ordinal))
                yield return (row, interval, imputed);
            progress?.Report((double)(hour - from + 1) / (to - from + 1));
        }
    }

    private async Task<bool> HasStrataAsync(ExportRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
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
