using System.Globalization;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Import;

/// <summary>
/// Loads an auxiliary point layer (그늘막, 무더위쉼터, 버스정류소, 관측소) in one transaction: the points of the same file
/// (kind and name) are replaced, so a corrected edition loads again; rows outside Seoul are listed, not stored.
/// </summary>
public static class PlaceLayerImporter
{
    public static string KindName(PointLayerKind kind) => kind switch
    {
        PointLayerKind.ShadeCanopy => "그늘막 (points)",
        PointLayerKind.HeatShelter => "무더위쉼터 (points)",
        PointLayerKind.BusStop => "버스정류소 (points)",
        PointLayerKind.WeatherStation => "관측소 기온 (points)",
        _ => kind.ToString(),
    };

    public static async Task<ImportReport> ImportAsync(StoreDatabase database, string path, CancellationToken ct)
    {
        var layer = PointLayerReader.Read(path);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PlacePoints.Where(p => p.Kind == (int)layer.Kind && p.Source == layer.FileName).ExecuteDeleteAsync(ct);
        db.PlacePoints.AddRange(layer.Points.Select(p => new PlacePointEntity
        {
            Kind = (int)layer.Kind,
            Source = layer.FileName,
            ExternalId = p.Id,
            Name = p.Name,
            Lon = p.Lon,
            Lat = p.Lat,
            Category = p.Category,
            DongCode = p.DongCode,
            Since = p.Since,
            Until = p.Until,
            Capacity = p.Capacity,
            Value = p.Value,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var notes = new List<string>();
        if (layer.SourceCrs is { } crs)
            notes.Add($"coordinates in EPSG:{(int)crs} (found by placing the points in Seoul), stored as WGS84");
        if (layer.Kind == PointLayerKind.HeatShelter)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{layer.Points.Count(p => p.IsSeniorFacility):N0} senior facilities (경로당, 복지관) by name"));
        if (layer.LeftOut.Count > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{layer.LeftOut.Count} rows left out (outside Seoul):"));
        notes.AddRange(layer.LeftOut.Take(10).Select(i => "  " + i));
        return new ImportReport(layer.FileName, KindName(layer.Kind), layer.Points.Count)
        {
            RejectedRows = layer.LeftOut.Count,
            Notes = notes,
        };
    }
}
