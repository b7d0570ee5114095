using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Stores;

/// <summary>The read side (SQLite or PostgreSQL): raw range reads for per-hour maps, EF for the small tables.</summary>
/// <remarks>Every cell read passes <see cref="DisclosureView"/>: in the public mode it shows what the release publishes.</remarks>
public sealed class PopulationReadStore(StoreDatabase database, ZoneCatalogCache catalogs, DisclosureView disclosure) : IPopulationReadStore
{
    private readonly ConcurrentDictionary<(ZoneLevel, int), byte[]?> _geometry = new();

    public async Task<IReadOnlyList<Zone>> GetZonesAsync(ZoneLevel level, CancellationToken ct = default) =>
        (await catalogs.GetAsync(ct)).ZonesOf(level);

    public async Task<LevelSnapshot> GetLevelAsync(HourSlot slot, ZoneLevel level, PopulationQuery query, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var ids = catalog.IdsOf(level);
        var values = new double[ids.Length];
        var masked = new bool[ids.Length];
        Array.Fill(values, double.NaN);
        if (ids.Length == 0)
            return new LevelSnapshot(slot, level, values, masked);
        var position = PositionMap(catalog, level);
        byte[]? block;
        DisclosureView.HourMask? mask;
        await using (var connection = await database.OpenConnectionAsync(ct))
        {
            block = await CellTable.ReadBlockAsync(connection, slot.Ordinal, level, ct);
            mask = block is null ? null : await disclosure.ForHourAsync(connection, slot.Ordinal, ct);
        }
        var cell = new CellValues();
        var lower = new double[ids.Length];
        var upper = new double[ids.Length];
        Array.Fill(lower, double.NaN);
        Array.Fill(upper, double.NaN);
        var anyInterval = false;
        bool[]? imputed = null;
        if (block is not null)
        {
            CellBlock.ForEach(block, (zone, data) =>
            {
                if (!position.TryGetValue(zone, out var i))
                    return;
                CellCodec.Decode(data, cell);
                mask?.Apply(zone, cell);
                values[i] = CellQuery.Evaluate(cell, query, out masked[i]);
                // A hidden figure's bounds would give it away.
                if (!(mask is not null && masked[i]) && CellQuery.Interval(cell, query) is { } interval)
                {
                    (lower[i], upper[i]) = interval;
                    anyInterval = true;
                }
                if (cell.Imputed)
                    (imputed ??= new bool[ids.Length])[i] = true;
            });
        }
        return new LevelSnapshot(slot, level, values, masked) { Lower = anyInterval ? lower : null, Upper = anyInterval ? upper : null, Imputed = imputed };
    }

    public async Task<IReadOnlyList<SeriesPoint>> GetSeriesAsync(string zoneCode, HourSlot from, HourSlot to, PopulationQuery query, CancellationToken ct = default) =>
        (await GetSeriesAsync(zoneCode, from, to, [query], ct))[0];

    /// <summary>Every query's series from one pass over the hours: each block and mask is read and decoded once.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<SeriesPoint>>> GetSeriesAsync(string zoneCode, HourSlot from, HourSlot to, IReadOnlyList<PopulationQuery> queries,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var catalog = await catalogs.GetAsync(ct);
        var result = queries.Select(_ => new List<SeriesPoint>(Math.Max(0, to.Ordinal - from.Ordinal + 1))).ToArray();
        if (catalog.IdOf(zoneCode) is not { } id)
            return result;
        await using var connection = await database.OpenConnectionAsync(ct);
        var level = CellKeys.LevelOf(id);
        var cell = new CellValues();
        for (var h = from.Ordinal; h <= to.Ordinal; h++)
        {
            var block = await CellTable.ReadBlockAsync(connection, h, level, ct);
            if (block is not null && CellBlock.Find(block, id) is { } data)
            {
                CellCodec.Decode(data, cell);
                var mask = await disclosure.ForHourAsync(connection, h, ct);
                mask?.Apply(id, cell);
                for (var q = 0; q < queries.Count; q++)
                {
                    var v = CellQuery.Evaluate(cell, queries[q], out var masked);
                    var interval = mask is not null && masked ? null : CellQuery.Interval(cell, queries[q]);
                    result[q].Add(new SeriesPoint(HourSlot.FromOrdinal(h), double.IsNaN(v) ? null : v, masked, interval?.Lower, interval?.Upper, cell.Imputed));
                }
            }
            else
            {
                foreach (var series in result)
                    series.Add(new SeriesPoint(HourSlot.FromOrdinal(h), null, false));
            }
        }
        return result;
    }

    public async Task<PopValue[]?> GetStrataAsync(string zoneCode, HourSlot slot, CancellationToken ct = default)
    {
        var cell = await ReadCellAsync(zoneCode, slot, ct);
        if (cell is null || (cell.Has & CellSections.Strata) == 0)
            return null;
        return Enumerable.Range(0, Strata.Count).Select(i => cell.Get(CellValues.FirstStratum + i)).ToArray();
    }

    /// <summary>
    /// Every zone's cell of one level and hour as the release publishes it, whatever Disclosure:Mode says (the open-data
    /// API serves nothing else); empty when the hour has no figures at that level.
    /// </summary>
    public async Task<IReadOnlyList<(string Code, CellValues Cell)>> ReadPublicLevelAsync(HourSlot slot, ZoneLevel level, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        if (await CellTable.ReadBlockAsync(connection, slot.Ordinal, level, ct) is not { } block)
            return [];
        var mask = await disclosure.ForHourAsync(connection, slot.Ordinal, ct, always: true);
        var result = new List<(string, CellValues)>();
        foreach (var (id, data) in CellBlock.Decode(block))
        {
            var cell = new CellValues();
            CellCodec.Decode(data, cell);
            mask!.Apply(id, cell);
            result.Add((catalog[id].Code, cell));
        }
        return result;
    }

    /// <summary>Every figure of one zone-hour, or null.</summary>
    public async Task<CellValues?> ReadCellAsync(string zoneCode, HourSlot slot, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        if (catalog.IdOf(zoneCode) is not { } id)
            return null;
        await using var connection = await database.OpenConnectionAsync(ct);
        var block = await CellTable.ReadBlockAsync(connection, slot.Ordinal, CellKeys.LevelOf(id), ct);
        if (block is null || CellBlock.Find(block, id) is not { } data)
            return null;
        var cell = new CellValues();
        CellCodec.Decode(data, cell);
        (await disclosure.ForHourAsync(connection, slot.Ordinal, ct))?.Apply(id, cell);
        return cell;
    }

    public async Task<double[]> GetRegisteredAsync(ZoneLevel level, Sex? sex = null, AgeBand? band = null, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var ids = catalog.IdsOf(level);
        var values = new double[ids.Length];
        Array.Fill(values, double.NaN);
        var (first, last) = CellKeys.RangeOf(level);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = db.Registered.AsNoTracking().Where(r => r.Group == RegisteredEntity.AllGroups && r.ZoneId >= first && r.ZoneId <= last);
        if (sex is null && band is null)
            rows = rows.Where(r => r.Sex == RegisteredEntity.BothSexes && r.Band == RegisteredEntity.AllBands);
        else
        {
            rows = rows.Where(r => r.Sex != RegisteredEntity.BothSexes && r.Band != RegisteredEntity.AllBands);
            if (sex is { } s)
                rows = rows.Where(r => r.Sex == (byte)s);
            if (band is { } b)
                rows = rows.Where(r => r.Band == (byte)b);
        }
        var sums = await rows.GroupBy(r => r.ZoneId).Select(g => new { g.Key, Sum = g.Sum(r => r.Persons) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var position = PositionMap(catalog, level);
        foreach (var (id, sum) in sums)
        {
            if (position.TryGetValue(id, out var i))
                values[i] = sum;
        }
        return values;
    }

    public async Task<double[]?> GetRegisteredStrataAsync(string zoneCode, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        if (catalog.IdOf(zoneCode) is not { } id)
            return null;
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = await db.Registered.AsNoTracking()
            .Where(r => r.ZoneId == id && r.Group == RegisteredEntity.AllGroups && r.Sex != RegisteredEntity.BothSexes && r.Band != RegisteredEntity.AllBands)
            .ToListAsync(ct);
        if (rows.Count == 0)
            return null;
        var result = new double[Strata.Count];
        foreach (var r in rows)
            result[Strata.Index((Sex)r.Sex, (AgeBand)r.Band)] = r.Persons;
        return result;
    }

    public async Task<IReadOnlyList<DailyStat>> GetDailyStatsAsync(ZoneLevel level, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var (first, last) = CellKeys.RangeOf(level);
        var (d0, d1) = (DayIndex(from), DayIndex(to));
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = await db.DailyStats.AsNoTracking()
            .Where(d => d.ZoneId >= first && d.ZoneId <= last && d.Day >= d0 && d.Day <= d1)
            .OrderBy(d => d.Day).ThenBy(d => d.ZoneId)
            .ToListAsync(ct);
        if (disclosure.IsPublic)
        {
            // A day's mean, min or max would give away an hour whose total the release hides: such zone-days are left
            // out, and 집계구 totals (which count foreigners the release publishes by 행정동 only) are not shown at all.
            if (level == ZoneLevel.Oa)
                return [];
            var hidden = await disclosure.HiddenTotalsAsync(rows.Select(r => r.Day).Distinct(), ct);
            rows = [.. rows.Where(r => !hidden.Contains((r.ZoneId, r.Day)))];
        }
        return rows.Select(d => new DailyStat(catalog[d.ZoneId].Code, DateOf(d.Day), d.Mean, d.Min, d.MinHour, d.Max, d.MaxHour)).ToList();
    }

    public async Task<DatasetSummary> GetSummaryAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var (d0, d1) = (from is { } f ? DayIndex(f) : int.MinValue, to is { } t ? DayIndex(t) : int.MaxValue);
        var (first, last) = CellKeys.CityAndGuIds;
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var stats = await db.DailyStats.AsNoTracking()
            .Where(d => d.ZoneId >= first && d.ZoneId <= last && d.Day >= d0 && d.Day <= d1)
            .ToListAsync(ct);
        var registered = await db.Registered.AsNoTracking()
            .Where(r => r.ZoneId >= first && r.ZoneId <= last && r.Group == RegisteredEntity.AllGroups && r.Sex == RegisteredEntity.BothSexes && r.Band == RegisteredEntity.AllBands)
            .ToDictionaryAsync(r => r.ZoneId, r => r.Persons, ct);

        var city = stats.Where(s => s.ZoneId == CellKeys.CityId).ToList();
        SlotValue? max = null, min = null;
        double? mean = null;
        if (city.Count > 0)
        {
            mean = city.Sum(s => s.Mean * s.Hours) / city.Sum(s => s.Hours);
            var top = city.OrderByDescending(s => s.Max).ThenBy(s => s.Day).First();
            var bottom = city.OrderBy(s => s.Min).ThenBy(s => s.Day).First();
            max = new SlotValue(top.Max, new HourSlot(DateOf(top.Day), top.MaxHour));
            min = new SlotValue(bottom.Min, new HourSlot(DateOf(bottom.Day), bottom.MinHour));
        }
        var byZone = stats.GroupBy(s => s.ZoneId).ToDictionary(g => g.Key, g => g.Sum(s => s.Mean * s.Hours) / g.Sum(s => s.Hours));
        var districts = catalog.IdsOf(ZoneLevel.Gu)
            .Select(id => new DistrictSummary(catalog[id].Code, catalog[id].NameKo, catalog[id].NameEn,
                registered.TryGetValue(id, out var r) ? r : null, byZone.TryGetValue(id, out var m) ? m : null))
            .ToList();
        return new DatasetSummary(registered.TryGetValue(CellKeys.CityId, out var total) ? total : null, mean, max, min, city.Count, districts);
    }

    public async Task<DataCoverage> GetCoverageAsync(CancellationToken ct = default)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var days = await db.DailyStats.AsNoTracking().Where(d => d.ZoneId == CellKeys.CityId).OrderBy(d => d.Day)
            .Select(d => new { d.Day, d.Hours }).ToListAsync(ct);
        var source = await MetaStore.GetAsync(db, MetaKeys.Source, ct);
        var method = await MetaStore.GetAsync(db, MetaKeys.Method, ct) ?? "-";
        if (days.Count == 0)
            return new DataCoverage(null, null, 0, 0, source ?? "none", method, null, []);
        var (minKey, maxKey) = await FirstLastCityKeysAsync(ct);
        var present = days.Select(d => d.Day).ToHashSet();
        var missing = Enumerable.Range(days[0].Day, days[^1].Day - days[0].Day + 1).Where(d => !present.Contains(d)).Select(DateOf).ToList();
        var updated = await MetaStore.GetAsync(db, MetaKeys.UpdatedAt, ct);
        return new DataCoverage(
            HourSlot.FromOrdinal(minKey), HourSlot.FromOrdinal(maxKey), days.Count, days.Sum(d => d.Hours),
            source ?? "unknown", method, updated, missing);
    }

    public async Task<byte[]?> GetGeometryAsync(ZoneLevel level, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var cacheKey = (level, catalogs.Version);
        if (_geometry.TryGetValue(cacheKey, out var cached))
            return cached;
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var (first, last) = CellKeys.RangeOf(level);
        var shapes = await db.Zones.AsNoTracking().Where(z => z.Id >= first && z.Id <= last && z.Geometry != null)
            .ToDictionaryAsync(z => z.Id, z => z.Geometry!, ct);
        byte[]? bytes = null;
        if (shapes.Count > 0)
        {
            var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
            var firstFeature = true;
            foreach (var id in catalog.IdsOf(level))
            {
                if (!shapes.TryGetValue(id, out var geometry))
                    continue;
                var zone = catalog[id];
                if (!firstFeature)
                    sb.Append(',');
                firstFeature = false;
                sb.Append("{\"type\":\"Feature\",\"properties\":{\"code\":").Append(JsonSerializer.Serialize(zone.Code))
                  .Append(",\"name\":").Append(JsonSerializer.Serialize(zone.NameKo))
                  .Append(",\"nameEn\":").Append(JsonSerializer.Serialize(zone.NameEn))
                  .Append("},\"geometry\":").Append(geometry).Append('}');
            }
            sb.Append("]}");
            bytes = Encoding.UTF8.GetBytes(sb.ToString());
        }
        _geometry[cacheKey] = bytes;
        return bytes;
    }

    public async Task<ZoneLevel?> GetFinestLevelAsync(DateOnly date, ZoneLevel finest = ZoneLevel.Oa, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM PopBlock WHERE Key = @k";
        var key = cmd.Param("k", 0L);
        for (var level = finest; level >= ZoneLevel.City; level--)
        {
            for (var h = 0; h < 24; h++)
            {
                key.Value = CellTable.BlockKey(new HourSlot(date, h).Ordinal, level);
                if (await cmd.ExecuteScalarAsync(ct) is not null)
                    return level;
            }
        }
        return null;
    }

    public Task<T?> GetMetaAsync<T>(MetaKey<T> key, CancellationToken ct = default) => MetaStore.GetAsync(database, key, ct);

    private async Task<(int First, int Last)> FirstLastCityKeysAsync(CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var days = db.DailyStats.AsNoTracking().Where(d => d.ZoneId == CellKeys.CityId);
        var first = await days.OrderBy(d => d.Day).FirstAsync(ct);
        var last = await days.OrderByDescending(d => d.Day).FirstAsync(ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM PopBlock WHERE Key = @k";
        var key = cmd.Param("k", 0L);
        async Task<bool> HasCity(int hour)
        {
            key.Value = CellTable.BlockKey(hour, ZoneLevel.City);
            return await cmd.ExecuteScalarAsync(ct) is not null;
        }
        var firstHour = first.Day * 24;
        while (firstHour < first.Day * 24 + 23 && !await HasCity(firstHour))
            firstHour++;
        var lastHour = last.Day * 24 + 23;
        while (lastHour > last.Day * 24 && !await HasCity(lastHour))
            lastHour--;
        return (firstHour, lastHour);
    }

    private readonly ConcurrentDictionary<(ZoneLevel, int), Dictionary<int, int>> _positions = new();

    private Dictionary<int, int> PositionMap(StoredZoneIndex catalog, ZoneLevel level) =>
        _positions.GetOrAdd((level, catalogs.Version), _ =>
        {
            var ids = catalog.IdsOf(level);
            var map = new Dictionary<int, int>(ids.Length);
            for (var i = 0; i < ids.Length; i++)
                map[ids[i]] = i;
            return map;
        });

    public static int DayIndex(DateOnly date) => new HourSlot(date, 0).Ordinal / 24;

    public static DateOnly DateOf(int day) => HourSlot.FromOrdinal(day * 24).Date;
}
