using System.Globalization;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Import;

/// <summary>Loads a commuter OD file (생활이동 layout) in one transaction, replacing the rows of the same file name.</summary>
public static class CommuteFlowImporter
{
    public const string KindName = "생활이동 OD (commuter flows)";

    public static async Task<ImportReport> ImportAsync(StoreDatabase database, string path, CancellationToken ct)
    {
        var file = CommuteOdReader.Read(path);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = CommuteFlowTable.Replace(db.Database.GetDbConnection(), transaction.GetDbTransaction(),
            file.FileName, file.Flows);
        await transaction.CommitAsync(ct);
        var masked = file.Rows.Count(r => r.Flow.Movers is null);
        return new ImportReport(file.FileName, KindName, rows)
        {
            Notes = [string.Create(CultureInfo.InvariantCulture, $"{masked:N0} masked cells (*) read as 1–3 movers")],
        };
    }
}
