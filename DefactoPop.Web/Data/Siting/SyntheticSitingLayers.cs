using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Synthetic.Layers;
using DefactoPop.Web.Data.Entities;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Siting;

/// <summary>
/// The synthetic city's own layers (facilities, crosswalks, stops and routes, surface temperature, shops) and its
/// commuter OD product, written once into a synthetic store the first time a workbench needs them. Stores of imported
/// data are left alone: their layers come from the import verb.
/// </summary>
public sealed class SyntheticSitingLayers(StoreDatabase database)
{
    public const string Source = "synthetic";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (_done)
            return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_done)
                return;
            await using var db = await database.Contexts.CreateDbContextAsync(ct);
            if (await MetaStore.GetAsync(db, MetaKeys.Source, ct) != Source || await MetaStore.GetAsync(db, MetaKeys.Scenario, ct) is not { } scenario)
            {
                _done = true;
                return;
            }
            var hasPoints = await db.PlacePoints.AnyAsync(p => p.Source == Source, ct);
            var hasFlows = await db.CommuteFlows.AnyAsync(f => f.Source == Source, ct);
            if (hasPoints && hasFlows)
            {
                _done = true;
                return;
            }
            using var json = JsonDocument.Parse(scenario);
            var seed = json.RootElement.GetProperty("seed").GetInt32();
            var from = DateOnly.Parse(json.RootElement.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var oas = await db.Zones.CountAsync(z => z.Level == ZoneLevel.Oa, ct);
            var city = await Task.Run(() => SyntheticCityBuilder.Build(seed), ct);
            // Only the city the store was simulated from may give its layers (a test city is not rebuilt from a seed).
            if (city.OaCount == oas)
                await WriteAsync(city, seed, from, !hasPoints, !hasFlows, ct);
            _done = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes what the store lacks of the city's layers and commuter OD product (a simulation run).</summary>
    public async Task WriteOnceAsync(SyntheticCity city, int seed, DateOnly from, CancellationToken ct = default)
    {
        var (hasPoints, hasFlows) = await WrittenAsync(ct);
        if (!hasPoints || !hasFlows)
            await WriteAsync(city, seed, from, !hasPoints, !hasFlows, ct);
    }

    /// <summary>Whether the synthetic layers and the commuter OD product are both in the store already.</summary>
    public async Task<bool> AreWrittenAsync(CancellationToken ct = default) => await WrittenAsync(ct) is (true, true);

    private async Task<(bool Points, bool Flows)> WrittenAsync(CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        return (await db.PlacePoints.AnyAsync(p => p.Source == Source, ct), await db.CommuteFlows.AnyAsync(f => f.Source == Source, ct));
    }

    /// <summary>Writes the city's layers and/or its commuter OD product (each in its own transaction).</summary>
    public async Task WriteAsync(SyntheticCity city, int seed, DateOnly from, bool points, bool flows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(city);
        if (points)
        {
            var layer = await Task.Run(() => SyntheticLayers.Build(city, seed), ct);
            await using var db = await database.Contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.PlacePoints.Where(p => p.Source == Source).ExecuteDeleteAsync(ct);
            db.PlacePoints.AddRange(layer.Select(x => new PlacePointEntity
            {
                Kind = (int)x.Kind,
                Source = Source,
                ExternalId = x.Point.Id,
                Name = x.Point.Name,
                Lon = x.Point.Lon,
                Lat = x.Point.Lat,
                Category = x.Point.Category,
                DongCode = x.Point.DongCode,
                Capacity = x.Point.Capacity,
                Value = x.Point.Value,
            }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        if (flows)
        {
            var (weekday, weekend) = RepresentativeDays(from);
            var od = await Task.Run(() => CommuteOd.Build(city, slot => MovementModel.Generate(city, slot), weekday, weekend, seed), ct);
            await using var db = await database.Contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            CommuteFlowTable.Replace(db.Database.GetDbConnection(), transaction.GetDbTransaction(), Source, od);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>The first ordinary Wednesday and Sunday two weeks into the scenario (clear of a holiday break at its start).</summary>
    public static (DateOnly Weekday, DateOnly Weekend) RepresentativeDays(DateOnly from)
    {
        var day = from.AddDays(14);
        while (day.DayOfWeek != DayOfWeek.Wednesday || KoreanCalendar.DayTypeOf(day) != DayType.Weekday)
            day = day.AddDays(1);
        var sunday = day.AddDays(4);
        return (day, sunday);
    }
}
