using DefactoPop.Core.Abstractions;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using System.Data.Common;

namespace DefactoPop.Web.Data.Estimation;

/// <summary>
/// Writes one estimated day (every class of each 집계구-hour, with its interval parts), its roll-ups and the release's
/// suppression pattern of each hour (what public readers must hide) in one transaction.
/// </summary>
public static class EstimateWriter
{
    public static async Task StoreDayAsync(
        StoreDatabase database, ZoneCatalogCache catalogs, CityFrame city, IReadOnlyList<EstimateHour> estimates, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(estimates);
        var catalog = await catalogs.GetAsync(ct);
        var ids = city.Oas.Select(z => catalog.IdOf(z.Code) ?? throw new InvalidOperationException($"집계구 {z.Code} missing from the catalogue")).ToArray();
        var position = city.Oas.Select((z, j) => (z.Code, j)).ToDictionary(x => x.Code, x => x.j, StringComparer.Ordinal);
        var cells = city.Oas.Select(_ => new CellValues()).ToArray();
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = (DbTransaction)await connection.BeginTransactionAsync(ct);
        var hours = new List<int>();
        // A day that held nothing before rolls up from the cells written (no read-back); a re-run reads the store.
        var only = estimates.Count > 0 && Rollup.IsEmptyDay(connection, transaction, estimates[0].Slot.Ordinal / 24) && estimates.All(e => e.Slot.Date == estimates[0].Slot.Date)
            ? new Dictionary<int, List<(long Key, byte[] Data)>>()
            : null;
        using (var writer = new CellWriter(connection, transaction))
        {
            foreach (var estimate in estimates)
            {
                hours.Add(estimate.Slot.Ordinal);
                var written = only is null ? null : only[estimate.Slot.Ordinal] = new List<(long Key, byte[] Data)>(cells.Length);
                foreach (var cell in cells)
                    cell.Clear();
                // Each row fills its class's section of its zone's cell, whatever order the rows come in.
                var rows = PopulationRows.FromEstimate(city, estimate).ToList();
                foreach (var row in rows)
                    cells[position[row.ZoneCode]].Set(row);
                MaskTable.Write(connection, transaction, estimate.Slot.Ordinal, MaskTable.Build(catalog, rows, DisclosureOptions.Seoul));
                for (var j = 0; j < cells.Length; j++)
                {
                    if (j < estimate.Spread.Length)
                        cells[j].SetSpread(estimate.Spread[j]);
                    cells[j].Imputed = estimate.IsImputed(j);
                    if (cells[j].Has == CellSections.None)
                        continue;
                    var key = CellKeys.Of(estimate.Slot, ids[j]);
                    var data = CellCodec.Encode(cells[j]);
                    writer.Upsert(key, data);
                    written?.Add((key, data));
                }
            }
            writer.Flush();
        }
        Rollup.Run(connection, transaction, catalog, hours, only);
        MetaStore.Set(connection, transaction, MetaKeys.UpdatedAt, now);
        await transaction.CommitAsync(ct);
    }
}
