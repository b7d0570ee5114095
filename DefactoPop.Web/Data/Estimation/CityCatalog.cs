using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Reference;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DefactoPop.Web.Data.Estimation;

/// <summary>The city's zones and register in the store, from the city folder's tables.</summary>
public static class CityCatalog
{
    /// <summary>
    /// Makes sure the store knows the frame's zones: an empty catalogue gets them (district names from the code table,
    /// no geometry: import boundaries for the map) and the register; a catalogue missing some of them is refused.
    /// </summary>
    public static async Task EnsureAsync(StoreDatabase database, ZoneCatalogCache catalogs, CityFrame city, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(city);
        var catalog = await catalogs.GetAsync(ct);
        var missing = city.Oas.Where(z => catalog.IdOf(z.Code) is null).Select(z => z.Code).ToList();
        if (missing.Count == 0)
            return;
        if (missing.Count < city.OaCount)
            throw new InvalidOperationException($"The store's zone catalogue lacks {missing.Count:N0} of the city's {city.OaCount:N0} 집계구 (e.g. {string.Join(", ", missing.Take(3))}); use a new --db or import matching boundaries.");
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var districts = city.Districts.Select(d => SeoulDistricts.All.FirstOrDefault(k => k.Code == d.Code) ?? d);
        await ZoneCatalogWriter.UpsertAsync(db, [.. districts, .. city.Dongs, .. city.Oas], null, ct);
        catalogs.Invalidate();
        var ids = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, z => z.Id, ct);
        await InsertRegisteredAsync(db, transaction, Register(city, ids), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        catalogs.Invalidate();
    }

    /// <summary>
    /// Registered population at every level: totals (Korean + foreign), Korean residents by stratum (group 1 and,
    /// as the strata of "all", group 0) and registered foreigners (group 2); summed by <see cref="RegisterRows.Sum"/>.
    /// </summary>
    public static IEnumerable<RegisteredEntity> Register(CityFrame city, IReadOnlyDictionary<string, int> ids) =>
        RegisterRows.Sum(RegisterRecords(city), ids, out _);

    /// <summary>The synthetic register as records of every 집계구 and of the dong, 자치구 and city it lies in.</summary>
    private static IEnumerable<RegisteredRecord> RegisterRecords(CityFrame city)
    {
        for (var j = 0; j < city.OaCount; j++)
        {
            var dong = city.Dongs[city.OaDong[j]];
            var gu = city.Districts[city.DongDistrict[city.OaDong[j]]];
            (string Code, ZoneLevel Level)[] zones = [(city.Oas[j].Code, ZoneLevel.Oa), (dong.Code, ZoneLevel.Dong), (gu.Code, ZoneLevel.Gu), (ZoneCodes.City, ZoneLevel.City)];
            double korean = 0;
            for (var s = 0; s < Strata.Count; s++)
            {
                var v = city.RegisteredDomestic[j * Strata.Count + s];
                korean += v;
                foreach (var (code, level) in zones)
                {
                    yield return new RegisteredRecord(code, level, Strata.SexOf(s), Strata.BandOf(s), RegisteredGroup.All, v);
                    yield return new RegisteredRecord(code, level, Strata.SexOf(s), Strata.BandOf(s), RegisteredGroup.Korean, v);
                }
            }
            var foreign = city.RegisteredForeign[j * 2] + city.RegisteredForeign[j * 2 + 1];
            foreach (var (code, level) in zones)
            {
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.All, korean + foreign);
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.Korean, korean);
                yield return new RegisteredRecord(code, level, null, null, RegisteredGroup.Foreign, foreign);
            }
        }
    }

    /// <summary>
    /// Bulk insert of the register rows (~1.16M on the full city) inside the context's transaction: one prepared
    /// statement on SQLite, binary COPY on PostgreSQL. EF change tracking of them cost 70 s and 2 GB.
    /// </summary>
    public static Task InsertRegisteredAsync(DefactoPopDbContext db, IDbContextTransaction transaction, IEnumerable<RegisteredEntity> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (db.Database.GetDbConnection() is NpgsqlConnection pg)
            return CopyRegisteredAsync(pg, rows, ct);
        using var insert = new RawStatement(StoreDatabase.SqliteConnectionOf(db, "Loading the register"),
            "INSERT INTO Registered(ZoneId, Sex, Band, \"Group\", Persons) VALUES (?1, ?2, ?3, ?4, ?5)");
        var n = 0;
        foreach (var r in rows)
        {
            if (++n % 65536 == 0)
                ct.ThrowIfCancellationRequested();
            insert.Bind(1, r.ZoneId);
            insert.Bind(2, r.Sex);
            insert.Bind(3, r.Band);
            insert.Bind(4, r.Group);
            insert.Bind(5, r.Persons);
            insert.Execute();
        }
        return Task.CompletedTask;
    }

    private static async Task CopyRegisteredAsync(NpgsqlConnection connection, IEnumerable<RegisteredEntity> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY registered (zoneid, sex, band, \"group\", persons) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.ZoneId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync((short)r.Sex, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync((short)r.Band, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync((short)r.Group, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(r.Persons, NpgsqlDbType.Double, ct);
        }
        await copy.CompleteAsync(ct);
    }
}
