using System.Collections.Concurrent;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Siting;

/// <summary>
/// What the siting workbenches read from the store: zones at their centroids, demand over hour windows (through the
/// same disclosure view as every other read), the auxiliary point layers and the commuter OD product.
/// </summary>
public sealed class SitingStore(StoreDatabase database, ZoneCatalogCache catalogs, DisclosureView disclosure, IPopulationReadStore store)
{
    private readonly ConcurrentDictionary<(ZoneLevel, int), IReadOnlyList<SitingZone>> _zones = new();

    /// <summary>The zones of a level that have a geometry (so a centroid), in the catalogue's order.</summary>
    public async Task<IReadOnlyList<SitingZone>> ZonesAsync(ZoneLevel level, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        if (_zones.TryGetValue((level, catalogs.Version), out var cached))
            return cached;
        var ids = catalog.IdsOf(level).ToHashSet();
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = await db.Zones.AsNoTracking().Where(z => z.Level == level && z.Geometry != null)
            .Select(z => new { z.Id, z.Code, z.NameKo, z.Geometry }).ToListAsync(ct);
        var zones = rows.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (Row: r, Centre: ZoneCentroids.Of(r.Geometry)))
            .Where(x => x.Centre is not null)
            .Select(x => SitingZone.Of(x.Row.Code, NameOf(catalog, level, x.Row.Code, x.Row.NameKo), catalog.Find(x.Row.Code)?.ParentCode,
                x.Centre!.Value.Lon, x.Centre.Value.Lat))
            .ToList();
        _zones[(level, catalogs.Version)] = zones;
        return zones;
    }

    /// <summary>A 집계구 is named by its 행정동 and its code ("청운효자동 1101053010001"); other zones by their name.</summary>
    private static string NameOf(StoredZoneIndex catalog, ZoneLevel level, string code, string name) =>
        level == ZoneLevel.Oa && catalog.Find(code)?.ParentCode is { } parent && catalog.Find(parent) is { } dong ? $"{dong.NameKo} {code}" : name;

    /// <summary>The finest level with both figures and geometry, no finer than <paramref name="finest"/>.</summary>
    public async Task<ZoneLevel?> LevelAsync(ZoneLevel finest, CancellationToken ct = default)
    {
        var coverage = await store.GetCoverageAsync(ct);
        if (coverage.Last is not { } last)
            return null;
        for (var level = finest; level >= ZoneLevel.Gu; level--)
        {
            if ((await ZonesAsync(level, ct)).Count > 0 && await store.GetFinestLevelAsync(last.Date, level, ct) == level)
                return level;
        }
        return null;
    }

    /// <summary>The stored period: first and last day with figures.</summary>
    public async Task<(DateOnly First, DateOnly Last)?> PeriodAsync(CancellationToken ct = default)
    {
        var coverage = await store.GetCoverageAsync(ct);
        return coverage.First is { } first && coverage.Last is { } last ? (first.Date, last.Date) : null;
    }

    /// <summary>
    /// Sums each selection over every stored hour of [<paramref name="from"/>, <paramref name="to"/>] it covers, at
    /// <paramref name="level"/>, for the given zones (one pass over the hours for all selections).
    /// </summary>
    public async Task<DemandAccumulator[]> ReadDemandAsync(ZoneLevel level, IReadOnlyList<SitingZone> zones, IReadOnlyList<DemandSelection> selections,
        DateOnly from, DateOnly to, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var position = new Dictionary<int, int>();
        for (var i = 0; i < zones.Count; i++)
        {
            if (catalog.IdOf(zones[i].Code) is { } id)
                position[id] = i;
        }
        var sums = selections.Select(s => new DemandAccumulator(zones.Count, s)).ToArray();
        var slots = new List<HourSlot>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var type = KoreanCalendar.DayTypeOf(day);
            for (var hour = 0; hour < 24; hour++)
            {
                if (selections.Any(s => s.Contains(type, hour)))
                    slots.Add(new HourSlot(day, hour));
            }
        }
        var cell = new CellValues();
        await using var connection = await database.OpenConnectionAsync(ct);
        for (var n = 0; n < slots.Count; n++)
        {
            ct.ThrowIfCancellationRequested();
            var slot = slots[n];
            if (await CellTable.ReadBlockAsync(connection, slot.Ordinal, level, ct) is not { } block)
                continue;
            var mask = await disclosure.ForHourAsync(connection, slot.Ordinal, ct);
            var type = KoreanCalendar.DayTypeOf(slot.Date);
            var active = sums.Where((_, i) => selections[i].Contains(type, slot.Hour)).ToArray();
            foreach (var s in active)
                s.BeginSlot(slot);
            foreach (var (zone, data) in CellBlock.Decode(block))
            {
                if (!position.TryGetValue(zone, out var i))
                    continue;
                CellCodec.Decode(data, cell);
                mask?.Apply(zone, cell);
                foreach (var s in active)
                    s.Add(i, cell, slot.Hour);
            }
            progress?.Report((n + 1.0) / slots.Count);
        }
        return sums;
    }

    /// <summary>Registered residents of the given bands per zone (aligned with <paramref name="zones"/>); null without a register.</summary>
    public async Task<double[]?> RegisteredAsync(ZoneLevel level, IReadOnlyList<SitingZone> zones, IEnumerable<AgeBand> bands, CancellationToken ct = default)
    {
        var all = await store.GetZonesAsync(level, ct);
        var index = all.Select((z, i) => (z.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var sum = new double[zones.Count];
        var any = false;
        foreach (var band in bands)
        {
            var values = await store.GetRegisteredAsync(level, null, band, ct);
            for (var z = 0; z < zones.Count; z++)
            {
                if (index.TryGetValue(zones[z].Code, out var i) && i < values.Length && double.IsFinite(values[i]))
                {
                    sum[z] += values[i];
                    any |= values[i] > 0;
                }
            }
        }
        return any ? sum : null;
    }

    /// <summary>Every stored point of the auxiliary layers, as the importers read them.</summary>
    public async Task<IReadOnlyList<(PointLayerKind Kind, LayerPoint Point)>> PlacePointsAsync(CancellationToken ct = default)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = await db.PlacePoints.AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(p => ((PointLayerKind)p.Kind, new LayerPoint(p.ExternalId, p.Name, p.Lon, p.Lat, 0)
        {
            Category = p.Category,
            DongCode = p.DongCode,
            Since = p.Since,
            Until = p.Until,
            Capacity = p.Capacity,
            Value = p.Value,
        }))];
    }

    /// <summary>Every stored commuter OD cell.</summary>
    public async Task<IReadOnlyList<CommuteFlow>> FlowsAsync(CancellationToken ct = default)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var rows = await db.CommuteFlows.AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(f => new CommuteFlow(f.Origin, f.Destination, (DayType)f.Day, f.Hour, (Sex)f.Sex, f.AgeGroup, f.Movers, f.MeanMinutes))];
    }
}
