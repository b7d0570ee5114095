using System.Globalization;
using System.Text;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Stores;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Import;

/// <summary>The kinds of reference file the store loads.</summary>
public enum ReferenceKind
{
    None,
    DongCodeMapping,
    OaDongTable,
    Boundaries,
    Shapefile,
    RegisteredByAge,
    RegisteredBySex,
    PointLayer,
    CommuteOd,
}

/// <summary>Loads boundaries, code tables and the register into the zone catalogue, each file in one transaction.</summary>
public sealed class ReferenceImporter(StoreDatabase database, ZoneCatalogCache catalogs)
{
    static ReferenceImporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Recognises a reference file by extension and content; None for living-population files.</summary>
    public static ReferenceKind Detect(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        switch (ext)
        {
            case ".geojson" or ".json":
                return ReferenceKind.Boundaries;
            case ".shp":
                return ReferenceKind.Shapefile;
            case ".xlsx":
                if (Core.Import.Layers.PointLayerReader.Detect(path) is not null)
                    return ReferenceKind.PointLayer;
                using (var stream = File.OpenRead(path))
                using (var reader = ExcelReaderFactory.CreateReader(stream))
                {
                    do
                    {
                        if (reader.Name == DongCodeMappingReader.SheetName)
                            return ReferenceKind.DongCodeMapping;
                    }
                    while (reader.NextResult());
                }
                return ReferenceKind.RegisteredByAge;
            case ".txt":
                return ReferenceKind.RegisteredBySex;
            case ".csv":
                using (var text = new StreamReader(path, Encoding.UTF8))
                {
                    var header = (text.ReadLine() ?? "").Trim('\uFEFF', ' ', '"');
                    if (header.StartsWith(OaDongTableReader.OaColumn + "," + OaDongTableReader.DongColumn, StringComparison.Ordinal))
                        return ReferenceKind.OaDongTable;
                }
                if (Core.Import.Layers.CommuteOdReader.Detect(path))
                    return ReferenceKind.CommuteOd;
                return Core.Import.Layers.PointLayerReader.Detect(path) is not null ? ReferenceKind.PointLayer : ReferenceKind.None;
            default:
                return ReferenceKind.None;
        }
    }

    /// <summary>Load order that lets each file find what it refers to.</summary>
    public static int Order(ReferenceKind kind) => kind switch
    {
        ReferenceKind.DongCodeMapping => 0,
        ReferenceKind.OaDongTable => 1,
        ReferenceKind.Boundaries or ReferenceKind.Shapefile => 2,
        ReferenceKind.RegisteredByAge or ReferenceKind.RegisteredBySex => 3,
        _ => 4,
    };

    public async Task<ImportReport> ImportAsync(string path, ReferenceKind kind, CancellationToken ct = default)
    {
        if (kind == ReferenceKind.PointLayer)
            return await PlaceLayerImporter.ImportAsync(database, path, ct);
        if (kind == ReferenceKind.CommuteOd)
            return await CommuteFlowImporter.ImportAsync(database, path, ct);
        var name = Path.GetFileName(path);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var crosswalk = await CrosswalkAsync(db, ct);
        ImportReport report;
        switch (kind)
        {
            case ReferenceKind.DongCodeMapping:
            {
                var rows = DongCodeMappingReader.Read(path);
                var zones = rows.Select(r => new Zone(r.MoisCode8, ZoneLevel.Dong, r.DongName, null, 0, ZoneCodes.GuOfDong(r.MoisCode8)) { StatCode = r.StatCode7 }).ToList();
                await RequireDistrictsAsync(db, name, zones.Select(z => z.ParentCode!), ct);
                await ZoneCatalogWriter.UpsertAsync(db, zones, null, ct);
                report = new ImportReport(name, "행정동 코드 매핑 (통계청 ↔ 행자부)", rows.Count) { Zones = zones.Count, Level = ZoneLevel.Dong };
                break;
            }
            case ReferenceKind.OaDongTable:
            {
                var links = OaDongTableReader.Read(path);
                var known = await db.Zones.Where(z => z.Level == ZoneLevel.Dong).Select(z => z.Code).ToListAsync(ct);
                var knownSet = known.ToHashSet(StringComparer.Ordinal);
                var missing = links.Select((l, i) => (l, i)).Where(x => !knownSet.Contains(x.l.DongCode)).Take(20)
                    .Select(x => new ImportIssue(name, x.i + 2, 2, OaDongTableReader.DongColumn, $"행정동 {x.l.DongCode} is not in the zone catalogue (load the dong code mapping first)"))
                    .ToList();
                if (missing.Count > 0)
                    throw new ImportFormatException(missing);
                var zones = links.Select(l => new Zone(l.OaCode, ZoneLevel.Oa, l.OaCode, null, 0, l.DongCode)).ToList();
                await ZoneCatalogWriter.UpsertAsync(db, zones, null, ct);
                report = new ImportReport(name, "집계구 → 행정동 코드표", links.Count) { Zones = zones.Count, Level = ZoneLevel.Oa };
                break;
            }
            case ReferenceKind.Boundaries or ReferenceKind.Shapefile:
            {
                var set = kind == ReferenceKind.Boundaries ? BoundaryReader.Read(path, crosswalk) : ShapefileBoundaryReader.Read(path, null, null, crosswalk);
                if (set.Zones.Count == 0)
                    throw new ImportFormatException(set.Unjoined.Count > 0 ? set.Unjoined : [new ImportIssue(name, 0, 0, null, "no zone boundaries found in the file")]);
                await RequireDistrictsAsync(db, name, set.Zones.Where(z => z.Level == ZoneLevel.Dong).Select(z => ZoneCodes.GuOfDong(z.Code)), ct);
                var geometry = set.Zones.ToDictionary(z => z.Code, z => GeometryPublisher.ToGeoJson(GeometryPublisher.Simplify(z.Geometry, GeometryPublisher.DefaultTolerance)), StringComparer.Ordinal);
                var existing = await db.Zones.ToDictionaryAsync(z => z.Code, ct);
                // Boundaries name zones; they keep the names the code tables gave where those exist.
                var zones = set.Zones.Select(b => b.ToZone() with
                {
                    NameKo = existing.TryGetValue(b.Code, out var e) && b.Level == ZoneLevel.Dong ? e.NameKo : b.NameKo,
                }).ToList();
                await ZoneCatalogWriter.UpsertAsync(db, zones, geometry, ct);
                var level = set.Zones.GroupBy(z => z.Level).OrderByDescending(g => g.Count()).First().Key;
                report = new ImportReport(name, $"{level.NameKo()} 경계 ({set.Zones.Count})", set.Zones.Count)
                {
                    Zones = set.Zones.Count,
                    Level = level,
                    RejectedRows = set.Unjoined.Count,
                    Notes = set.Unjoined.Select(i => "not joined: " + i).ToList(),
                };
                break;
            }
            case ReferenceKind.RegisteredByAge or ReferenceKind.RegisteredBySex:
            {
                var register = kind == ReferenceKind.RegisteredByAge
                    ? RegisteredPopulationReader.ReadAgeNationality(path, crosswalk)
                    : RegisteredPopulationReader.ReadDongSex(path, crosswalk);
                if (register.Issues.Count > 0)
                    throw new ImportFormatException(register.Issues);
                var (written, unjoined) = await WriteRegisteredAsync(db, name, register, ct);
                await MetaStore.SetAsync(db, MetaKeys.RegisterUnjoined, unjoined, ct);
                report = new ImportReport(name, $"주민등록인구 {register.Period}", register.Records.Count)
                {
                    Zones = written,
                    Level = ZoneLevel.Dong,
                    RejectedRows = unjoined.Zones.Count,
                    Notes = unjoined.Zones.Count == 0 ? [] :
                    [
                        unjoined.Describe(),
                        .. unjoined.Zones.Select(z => string.Create(CultureInfo.InvariantCulture, $"not joined: {z.Name} ({(z.Code.Length > 0 ? z.Code : "no code")}), {z.Persons:N0} persons, line {z.Line}")),
                    ],
                };
                break;
            }
            default:
                throw new ImportFormatException(new ImportIssue(name, 0, 0, null, "not a reference file"));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        catalogs.Invalidate();
        return report;
    }

    /// <summary>
    /// Replaces registered figures for the zones in the records and returns what did not join: the reader's unjoined
    /// names and the codes the store lacks. A file where more than half the zones do not join is refused.
    /// </summary>
    private static async Task<(int Written, RegisterUnjoined Unjoined)> WriteRegisteredAsync(DefactoPopDbContext db, string file, RegisteredPopulation register, CancellationToken ct)
    {
        var ids = await db.Zones.ToDictionaryAsync(z => z.Code, z => z.Id, ct);
        var rows = RegisterRows.Sum(register.Records, ids, out var unknown);
        var zoneIds = rows.Select(r => r.ZoneId).Distinct().ToList();
        var unjoined = new RegisterUnjoined(file, register.Period, zoneIds.Count,
            [.. register.Unjoined, .. unknown.Select(u => new UnjoinedZone($"{u.Level.NameKo()} {u.Code}", u.Code, u.Persons, 0))]);
        if (unjoined.Zones.Count * 2 > zoneIds.Count + unjoined.Zones.Count)
        {
            throw new ImportFormatException(
            [
                new ImportIssue(file, 0, 0, null, $"{unjoined.Zones.Count} of {zoneIds.Count + unjoined.Zones.Count} zones do not join the zone catalogue (load the code mapping first?)"),
                .. unjoined.Zones.Take(20).Select(z => new ImportIssue(file, z.Line, 0, null, $"'{z.Name}' does not join")),
            ]);
        }
        var groups = rows.Select(r => r.Group).Distinct().ToList();
        await db.Registered.Where(r => zoneIds.Contains(r.ZoneId) && groups.Contains(r.Group)).ExecuteDeleteAsync(ct);
        db.Registered.AddRange(rows);
        return (zoneIds.Count, unjoined);
    }

    private static async Task RequireDistrictsAsync(DefactoPopDbContext db, string file, IEnumerable<string> guCodes, CancellationToken ct)
    {
        var known = (await db.Zones.Where(z => z.Level == ZoneLevel.Gu).Select(z => z.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var unknown = guCodes.Distinct().Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, $"unknown 자치구 code(s) {string.Join(", ", unknown.Take(5))}: not a Seoul district"));
    }

    /// <summary>The crosswalk implied by the dongs and 집계구 the store knows.</summary>
    private static async Task<CodeCrosswalk> CrosswalkAsync(DefactoPopDbContext db, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().Where(z => z.Level == ZoneLevel.Gu || z.Level == ZoneLevel.Dong || z.Level == ZoneLevel.Oa)
            .Select(z => new { z.Id, z.Code, z.Level, z.NameKo, z.StatCode, z.ParentId }).ToListAsync(ct);
        var byId = zones.ToDictionary(z => z.Id);
        var dongs = zones.Where(z => z.Level == ZoneLevel.Dong && z.StatCode is not null && z.ParentId is not null)
            .Select(z => new DongCodeMapping(z.StatCode!, z.Code, byId[z.ParentId!.Value].NameKo, z.NameKo)).ToList();
        var oas = zones.Where(z => z.Level == ZoneLevel.Oa && z.ParentId is not null)
            .Select(z => new OaDongLink(z.Code, byId[z.ParentId!.Value].Code)).ToList();
        return new CodeCrosswalk(dongs, oas);
    }
}
