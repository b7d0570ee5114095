using DefactoPop.Core.Domain;
using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Adds or updates zones by code, keeping the ids of known codes and giving new ones the next free id of their level.</summary>
public static class ZoneCatalogWriter
{
    public static readonly Zone CityZone = new(ZoneCodes.City, ZoneLevel.City, "서울특별시", "Seoul", 605.2, null);

    /// <param name="geometry">GeoJSON geometry per code (optional).</param>
    public static async Task UpsertAsync(DefactoPopDbContext db, IEnumerable<Zone> zones, IReadOnlyDictionary<string, string>? geometry = null, CancellationToken ct = default)
    {
        var existing = await db.Zones.ToDictionaryAsync(z => z.Code, ct);
        var nextId = Enum.GetValues<ZoneLevel>().ToDictionary(
            l => l,
            l =>
            {
                var (first, _) = CellKeys.RangeOf(l);
                var used = existing.Values.Where(z => z.Level == l).Select(z => z.Id).DefaultIfEmpty(first - 1).Max();
                return Math.Max(first, used + 1);
            });
        var all = new List<Zone>();
        if (!existing.ContainsKey(ZoneCodes.City))
            all.Add(CityZone);
        all.AddRange(zones);
        foreach (var zone in all.OrderBy(z => z.Level).ThenBy(z => z.Code, StringComparer.Ordinal))
        {
            if (!existing.TryGetValue(zone.Code, out var entity))
            {
                var id = nextId[zone.Level]++;
                if (id > CellKeys.RangeOf(zone.Level).Last)
                    throw new InvalidOperationException($"Too many {zone.Level.NameKo()} zones: the id space of the level is full.");
                entity = new ZoneEntity { Id = id, Code = zone.Code, Level = zone.Level, NameKo = zone.NameKo };
                db.Zones.Add(entity);
                existing[zone.Code] = entity;
            }
            else if (entity.Level != zone.Level)
            {
                throw new InvalidOperationException($"Zone {zone.Code} is already known as a {entity.Level.NameKo()}, not a {zone.Level.NameKo()}.");
            }
            entity.NameKo = zone.NameKo;
            entity.NameEn = zone.NameEn ?? entity.NameEn;
            entity.AreaKm2 = zone.AreaKm2 > 0 ? zone.AreaKm2 : entity.AreaKm2;
            entity.StatCode = zone.StatCode ?? entity.StatCode;
            if (geometry is not null && geometry.TryGetValue(zone.Code, out var g))
                entity.Geometry = g;
        }
        foreach (var zone in all)
        {
            var parentCode = zone.ParentCode ?? (zone.Level == ZoneLevel.Gu ? ZoneCodes.City : null);
            if (parentCode is not null && existing.TryGetValue(parentCode, out var parent))
                existing[zone.Code].ParentId = parent.Id;
        }
        await db.SaveChangesAsync(ct);
    }
}
