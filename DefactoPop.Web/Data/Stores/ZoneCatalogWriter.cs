using DefactoPop.Core.Domain;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Adds or updates zones by code, keeping the ids of known codes and giving new ones the next free id of their level.
/// Raw SQL inside the context's transaction (or its own): a Seoul catalogue is 19,600 zones with their geometry, written
/// at first start, where EF's change tracking took seconds.
/// </summary>
public static class ZoneCatalogWriter
{
    public static readonly Zone CityZone = new(ZoneCodes.City, ZoneLevel.City, "서울특별시", "Seoul", 605.2, null);

    private sealed class Row
    {
        public int Id;
        public required string Code;
        public ZoneLevel Level;
        public required string NameKo;
        public string? NameEn;
        public double AreaKm2;
        public int? ParentId;
        public string? StatCode;
        public string? Geometry;
        public bool Changed;
    }

    /// <param name="geometry">GeoJSON geometry per code (optional; a zone without one keeps what it had).</param>
    public static async Task UpsertAsync(DefactoPopDbContext db, IEnumerable<Zone> zones, IReadOnlyDictionary<string, string>? geometry = null, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (DbConnection)db.Database.GetDbConnection();
            var outer = (DbTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            using var own = outer is null ? connection.BeginTransaction() : null;
            var transaction = outer ?? own!;
            var existing = ReadAll(connection, transaction);
            Merge(existing, zones, geometry);
            Write(connection, transaction, existing.Values.Where(r => r.Changed));
            own?.Commit();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Merge(Dictionary<string, Row> existing, IEnumerable<Zone> zones, IReadOnlyDictionary<string, string>? geometry)
    {
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
            if (!existing.TryGetValue(zone.Code, out var row))
            {
                var id = nextId[zone.Level]++;
                if (id > CellKeys.RangeOf(zone.Level).Last)
                    throw new InvalidOperationException($"Too many {zone.Level.NameKo()} zones: the id space of the level is full.");
                existing[zone.Code] = row = new Row { Id = id, Code = zone.Code, Level = zone.Level, NameKo = zone.NameKo };
            }
            else if (row.Level != zone.Level)
            {
                throw new InvalidOperationException($"Zone {zone.Code} is already known as a {row.Level.NameKo()}, not a {zone.Level.NameKo()}.");
            }
            row.NameKo = zone.NameKo;
            row.NameEn = zone.NameEn ?? row.NameEn;
            row.AreaKm2 = zone.AreaKm2 > 0 ? zone.AreaKm2 : row.AreaKm2;
            row.StatCode = zone.StatCode ?? row.StatCode;
            if (geometry is not null && geometry.TryGetValue(zone.Code, out var g))
                row.Geometry = g;
            row.Changed = true;
        }
        foreach (var zone in all)
        {
            var parentCode = zone.ParentCode ?? (zone.Level == ZoneLevel.Gu ? ZoneCodes.City : null);
            if (parentCode is not null && existing.TryGetValue(parentCode, out var parent))
                existing[zone.Code].ParentId = parent.Id;
        }
    }

    private static Dictionary<string, Row> ReadAll(DbConnection connection, DbTransaction transaction)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT Id, Code, Level, NameKo, NameEn, AreaKm2, ParentId, StatCode FROM Zone";
        using var reader = cmd.ExecuteReader();
        var result = new Dictionary<string, Row>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new Row
            {
                Id = reader.GetInt32(0), Code = reader.GetString(1), Level = (ZoneLevel)reader.GetInt32(2), NameKo = reader.GetString(3),
                NameEn = reader.IsDBNull(4) ? null : reader.GetString(4), AreaKm2 = reader.GetDouble(5),
                ParentId = reader.IsDBNull(6) ? null : reader.GetInt32(6), StatCode = reader.IsDBNull(7) ? null : reader.GetString(7),
            };
            result[row.Code] = row;
        }
        return result;
    }

    private static void Write(DbConnection connection, DbTransaction transaction, IEnumerable<Row> rows)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            INSERT INTO Zone(Id, Code, Level, NameKo, NameEn, AreaKm2, ParentId, StatCode, Geometry)
            VALUES (@id, @code, @level, @ko, @en, @area, @parent, @stat, @geo)
            ON CONFLICT(Id) DO UPDATE SET Code = excluded.Code, Level = excluded.Level, NameKo = excluded.NameKo,
                NameEn = excluded.NameEn, AreaKm2 = excluded.AreaKm2, ParentId = excluded.ParentId, StatCode = excluded.StatCode,
                Geometry = COALESCE(excluded.Geometry, Zone.Geometry)
            """;
        // Untyped parameters: each value binds as its own type (integer, real, text or null).
        var p = new[] { "id", "code", "level", "ko", "en", "area", "parent", "stat", "geo" }.Select(n => cmd.Param(n, null)).ToArray();
        foreach (var r in rows)
        {
            p[0].Value = r.Id;
            p[1].Value = r.Code;
            p[2].Value = (int)r.Level;
            p[3].Value = r.NameKo;
            p[4].Value = (object?)r.NameEn ?? DBNull.Value;
            p[5].Value = r.AreaKm2;
            p[6].Value = (object?)r.ParentId ?? DBNull.Value;
            p[7].Value = (object?)r.StatCode ?? DBNull.Value;
            p[8].Value = (object?)r.Geometry ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }
}
