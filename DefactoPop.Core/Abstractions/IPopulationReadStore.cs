using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Abstractions;

/// <summary>What to count: a class (null = all classes summed), optionally one sex, one age band, one nationality.</summary>
/// <remarks>Sex/Band filters apply to domestic strata only; Nationality applies to foreign classes only.</remarks>
public sealed record PopulationQuery(PopulationClass? Class = null, Sex? Sex = null, AgeBand? Band = null, Nationality? Nationality = null)
{
    public static PopulationQuery All { get; } = new();
}

/// <summary>Values of every zone of one level at one hour, aligned with <see cref="IPopulationReadStore.GetZonesAsync"/>.</summary>
/// <param name="Values">NaN where no data or fully masked.</param>
/// <param name="Masked">True where the value is masked, or only a lower bound because some parts were masked.</param>
public sealed record LevelSnapshot(HourSlot Slot, ZoneLevel Level, double[] Values, bool[] Masked)
{
    /// <summary>90 % interval bounds per zone (NaN where a zone has none); null when no zone has any (official files).</summary>
    public double[]? Lower { get; init; }
    public double[]? Upper { get; init; }

    /// <summary>Zones whose figure was imputed for a cell outage ("보정됨"); null when none was.</summary>
    public bool[]? Imputed { get; init; }
}

/// <param name="Lower">Lower bound of the 90 % interval; null when the figure has none (official files carry no intervals).</param>
/// <param name="Imputed">The figure was imputed for a cell outage ("보정됨").</param>
public sealed record SeriesPoint(HourSlot Slot, double? Value, bool Masked, double? Lower = null, double? Upper = null, bool Imputed = false);

public sealed record DailyStat(string ZoneCode, DateOnly Date, double Mean, double Min, int MinHour, double Max, int MaxHour);

public sealed record SlotValue(double Value, HourSlot At);

/// <param name="Registered">Null when no register is loaded for the district (never 0 for unknown).</param>
public sealed record DistrictSummary(string Code, string Name, string? NameEn, double? Registered, double? Mean);

/// <summary>The headline figures: the contract behind <c>summary --json</c>.</summary>
/// <param name="Registered">The city's registered population; null when no register is loaded.</param>
public sealed record DatasetSummary(
    double? Registered,
    double? Mean,
    SlotValue? Max,
    SlotValue? Min,
    int Days,
    IReadOnlyList<DistrictSummary> Districts);

/// <summary>What data the store holds and where it came from.</summary>
public sealed record DataCoverage(
    HourSlot? First,
    HourSlot? Last,
    int Days,
    int Hours,
    string Source,
    string Method,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<DateOnly> MissingDays);

/// <summary>Read side of the population store. Implemented over SQLite in the web project.</summary>
public interface IPopulationReadStore
{
    /// <summary>All zones of a level, in a stable order (by code) that every array result follows.</summary>
    Task<IReadOnlyList<Zone>> GetZonesAsync(ZoneLevel level, CancellationToken ct = default);

    Task<LevelSnapshot> GetLevelAsync(HourSlot slot, ZoneLevel level, PopulationQuery query, CancellationToken ct = default);

    /// <summary>Hourly values of one zone (any level; "11" is the city) from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<IReadOnlyList<SeriesPoint>> GetSeriesAsync(string zoneCode, HourSlot from, HourSlot to, PopulationQuery query, CancellationToken ct = default);

    /// <summary>Several series of one zone over the same hours, one per query (a store may read each hour once for all).</summary>
    async Task<IReadOnlyList<IReadOnlyList<SeriesPoint>>> GetSeriesAsync(string zoneCode, HourSlot from, HourSlot to, IReadOnlyList<PopulationQuery> queries,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var result = new List<IReadOnlyList<SeriesPoint>>(queries.Count);
        foreach (var query in queries)
            result.Add(await GetSeriesAsync(zoneCode, from, to, query, ct));
        return result;
    }

    /// <summary>28 strata of one zone-hour (domestic), index <see cref="Strata.Index"/>; null when the zone has no strata then.</summary>
    Task<PopValue[]?> GetStrataAsync(string zoneCode, HourSlot slot, CancellationToken ct = default);

    /// <summary>Registered population per zone of a level, aligned with GetZonesAsync; filters by sex/band where the register has them.</summary>
    Task<double[]> GetRegisteredAsync(ZoneLevel level, Sex? sex = null, AgeBand? band = null, CancellationToken ct = default);

    /// <summary>Registered population of one zone by stratum (28), or null when unknown.</summary>
    Task<double[]?> GetRegisteredStrataAsync(string zoneCode, CancellationToken ct = default);

    Task<IReadOnlyList<DailyStat>> GetDailyStatsAsync(ZoneLevel level, DateOnly from, DateOnly to, CancellationToken ct = default);

    Task<DatasetSummary> GetSummaryAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default);

    Task<DataCoverage> GetCoverageAsync(CancellationToken ct = default);

    /// <summary>GeoJSON FeatureCollection (WGS84, 5 decimals) for a level, properties "code" and "name"; feature order follows GetZonesAsync. Null when no geometry is loaded.</summary>
    Task<byte[]?> GetGeometryAsync(ZoneLevel level, CancellationToken ct = default);

    /// <summary>
    /// The finest level, no finer than <paramref name="finest"/>, that holds any figure on <paramref name="date"/>
    /// (a store of 자치구 files only answers Gu); null when no level does.
    /// </summary>
    Task<ZoneLevel?> GetFinestLevelAsync(DateOnly date, ZoneLevel finest = ZoneLevel.Oa, CancellationToken ct = default);

    /// <summary>A fact about the dataset (method, scenario, validation JSON …), or default when absent.</summary>
    Task<T?> GetMetaAsync<T>(MetaKey<T> key, CancellationToken ct = default);
}
