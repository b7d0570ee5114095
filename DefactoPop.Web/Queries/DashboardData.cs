using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Queries;

/// <summary>Loads view models for the pages from the read store. Scoped (one per circuit); caches zones and the register.</summary>
public sealed class DashboardData(IPopulationReadStore store)
{
    private readonly Dictionary<ZoneLevel, IReadOnlyList<Zone>> _zones = [];
    private readonly Dictionary<(ZoneLevel, Sex?, AgeBand?), double[]> _registered = [];
    private DataCoverage? _coverage;

    public IPopulationReadStore Store => store;

    public async Task<DataCoverage> CoverageAsync(CancellationToken ct = default) =>
        _coverage ??= await store.GetCoverageAsync(ct);

    public async Task<DatePeriod> PeriodAsync(CancellationToken ct = default) =>
        DatePeriod.FromCoverage(await CoverageAsync(ct), DateOnly.FromDateTime(DateTime.Today));

    public async Task<IReadOnlyList<Zone>> ZonesAsync(ZoneLevel level, CancellationToken ct = default)
    {
        if (!_zones.TryGetValue(level, out var zones))
            _zones[level] = zones = await store.GetZonesAsync(level, ct);
        return zones;
    }

    public async Task<double[]> RegisteredAsync(ZoneLevel level, Sex? sex = null, AgeBand? band = null, CancellationToken ct = default)
    {
        if (!_registered.TryGetValue((level, sex, band), out var r))
            _registered[(level, sex, band)] = r = await store.GetRegisteredAsync(level, sex, band, ct);
        return r;
    }

    /// <summary>The store query behind a metric: foreign classes for the foreign metrics, domestic strata when sex or band is set.</summary>
    public static PopulationQuery QueryFor(MapMetric metric, Sex? sex, AgeBand? band) => metric switch
    {
        MapMetric.LongTerm => new PopulationQuery(PopulationClass.LongTermForeign),
        MapMetric.ShortTerm => new PopulationQuery(PopulationClass.ShortTermForeign),
        MapMetric.ChineseShortTerm => new PopulationQuery(PopulationClass.ShortTermForeign, Nationality: Nationality.Chinese),
        _ when sex is not null || band is not null => new PopulationQuery(PopulationClass.Domestic, sex, band),
        _ => PopulationQuery.All,
    };

    public async Task<MetricLayer> MetricAsync(ZoneLevel level, HourSlot slot, MapMetric metric, Sex? sex, AgeBand? band, CancellationToken ct = default)
    {
        var zones = await ZonesAsync(level, ct);
        var strataFilter = metric.UsesStrata();
        var registered = await RegisteredAsync(level, strataFilter ? sex : null, strataFilter ? band : null, ct);
        double[] present;
        bool[] masked;
        double[]? lower = null, upper = null;
        bool[]? imputed = null;
        if (metric == MapMetric.Registered)
        {
            present = registered;
            masked = new bool[zones.Count];
        }
        else
        {
            var snap = await store.GetLevelAsync(slot, level, QueryFor(metric, sex, band), ct);
            present = snap.Values;
            masked = snap.Masked;
            (lower, upper, imputed) = (snap.Lower, snap.Upper, snap.Imputed);
        }
        var values = MetricCalculator.Compute(metric, present, registered, zones, lower, upper);
        return new MetricLayer(level, slot, metric, zones, values, masked.Length == zones.Count ? masked : new bool[zones.Count])
        {
            Bounds = MetricCalculator.Bounds(metric, lower, upper, registered, zones),
            Imputed = imputed,
        };
    }

    public async Task<OverviewModel> OverviewAsync(DateOnly from, DateOnly to, int topN, CancellationToken ct = default)
    {
        var summary = await store.GetSummaryAsync(from, to, ct);
        var first = new HourSlot(from, 0);
        var last = new HourSlot(to, 23);
        // The city and each class from one pass over the hours.
        var classes = Enum.GetValues<PopulationClass>();
        var series = await store.GetSeriesAsync(ZoneCodes.City, first, last, [PopulationQuery.All, .. classes.Select(c => new PopulationQuery(c))], ct);
        var city = series[0];
        var means = classes.Select((c, i) => (Class: c, Mean: OverviewCalculator.MeanOf(series[i + 1]) ?? double.NaN)).ToDictionary(x => x.Class, x => x.Mean);
        var top = summary.Districts.OrderByDescending(d => d.Mean ?? double.MinValue).Take(topN).ToList();
        return new OverviewModel(from, to, OverviewCalculator.Kpis(summary, city), city, OverviewCalculator.Split(means), top);
    }

    /// <summary>Mean per zone over the matching days at one hour (or over whole days when hour is null).</summary>
    public async Task<double[]> MeanPresentAsync(ZoneLevel level, int? hour, DayTypeFilter days, DateOnly from, DateOnly to, PopulationQuery query, CancellationToken ct = default)
    {
        var zones = await ZonesAsync(level, ct);
        var dates = (await PeriodAsync(ct)).Days(from, to).Where(d => days.Matches(d)).ToList();
        var sum = new double[zones.Count];
        var count = new int[zones.Count];
        if (hour is null && query == PopulationQuery.All)
        {
            var index = zones.Select((z, i) => (z.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
            var stats = await store.GetDailyStatsAsync(level, from, to, ct);
            foreach (var s in stats)
            {
                if (days.Matches(s.Date) && index.TryGetValue(s.ZoneCode, out var i) && double.IsFinite(s.Mean))
                {
                    sum[i] += s.Mean;
                    count[i]++;
                }
            }
        }
        else
        {
            foreach (var d in dates)
            {
                var snap = await store.GetLevelAsync(new HourSlot(d, hour ?? DayNight.DayHour), level, query, ct);
                for (var i = 0; i < zones.Count && i < snap.Values.Length; i++)
                {
                    if (double.IsFinite(snap.Values[i]))
                    {
                        sum[i] += snap.Values[i];
                        count[i]++;
                    }
                }
            }
        }
        return [.. sum.Select((s, i) => count[i] > 0 ? s / count[i] : double.NaN)];
    }

    public async Task<IReadOnlyList<RankingRow>> RankingAsync(ZoneLevel level, int? hour, DayTypeFilter days, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var zones = await ZonesAsync(level, ct);
        var registered = await RegisteredAsync(level, ct: ct);
        var present = await MeanPresentAsync(level, hour, days, from, to, PopulationQuery.All, ct);
        var day = await MeanPresentAsync(level, DayNight.DayHour, days, from, to, PopulationQuery.All, ct);
        var night = await MeanPresentAsync(level, DayNight.NightHour, days, from, to, PopulationQuery.All, ct);
        var bounds = hour is { } h ? await MeanBoundsAsync(level, h, days, from, to, ct) : null;
        return Rankings.Build(zones, registered, present, day, night, bounds);
    }

    /// <summary>
    /// Mean of the hourly 90 % bounds per zone over the matching days at one hour (errors are taken as fully correlated
    /// across days, so the interval of the mean is not narrowed); null when no day carries intervals.
    /// </summary>
    public async Task<(double[] Lower, double[] Upper)?> MeanBoundsAsync(ZoneLevel level, int hour, DayTypeFilter days, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var zones = await ZonesAsync(level, ct);
        var dates = (await PeriodAsync(ct)).Days(from, to).Where(d => days.Matches(d)).ToList();
        var (lower, upper, count) = (new double[zones.Count], new double[zones.Count], new int[zones.Count]);
        foreach (var d in dates)
        {
            var snap = await store.GetLevelAsync(new HourSlot(d, hour), level, PopulationQuery.All, ct);
            if (snap.Lower is null || snap.Upper is null)
                return null;
            for (var i = 0; i < zones.Count && i < snap.Lower.Length; i++)
            {
                if (double.IsFinite(snap.Lower[i]) && double.IsFinite(snap.Upper[i]))
                {
                    (lower[i], upper[i]) = (lower[i] + snap.Lower[i], upper[i] + snap.Upper[i]);
                    count[i]++;
                }
            }
        }
        if (count.All(c => c == 0))
            return null;
        double Mean(double s, int i) => count[i] > 0 ? s / count[i] : double.NaN;
        return ([.. lower.Select(Mean)], [.. upper.Select(Mean)]);
    }

    public async Task<SwingsModel> SwingsAsync(ZoneLevel level, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var summary = await store.GetSummaryAsync(from, to, ct);
        var city = await store.GetSeriesAsync(ZoneCodes.City, new HourSlot(from, 0), new HourSlot(to, 23), PopulationQuery.All, ct);
        var zones = await ZonesAsync(level, ct);
        var stats = await store.GetDailyStatsAsync(level, from, to, ct);
        return new SwingsModel(summary.Max ?? OverviewCalculator.MaxOf(city), summary.Min ?? OverviewCalculator.MinOf(city),
            SwingAnalysis.PerZone(zones, stats), SwingAnalysis.Matrix(city), SwingAnalysis.CalendarEffects(city, DayKinds.EffectKey));
    }

    public async Task<ForeignersModel> ForeignersAsync(ZoneLevel level, int hour, DateOnly from, DateOnly to, int topN, CancellationToken ct = default)
    {
        var zones = await ZonesAsync(level, ct);
        var chinese = await MeanPresentAsync(level, hour, DayTypeFilter.All, from, to, new PopulationQuery(PopulationClass.ShortTermForeign, Nationality: Nationality.Chinese), ct);
        var longTerm = await MeanPresentAsync(level, hour, DayTypeFilter.All, from, to, new PopulationQuery(PopulationClass.LongTermForeign), ct);
        var total = await MeanPresentAsync(level, hour, DayTypeFilter.All, from, to, PopulationQuery.All, ct);
        var first = new HourSlot(from, 0);
        var last = new HourSlot(to, 23);
        async Task<IReadOnlyList<SeriesPoint>> City(PopulationClass c, Nationality n) =>
            await store.GetSeriesAsync(ZoneCodes.City, first, last, new PopulationQuery(c, Nationality: n), ct);
        var shortCn = await City(PopulationClass.ShortTermForeign, Nationality.Chinese);
        var shortOther = await City(PopulationClass.ShortTermForeign, Nationality.Other);
        var longCn = await City(PopulationClass.LongTermForeign, Nationality.Chinese);
        var longOther = await City(PopulationClass.LongTermForeign, Nationality.Other);
        return new ForeignersModel(
            Hotspots.Top(zones, chinese, total, topN),
            Hotspots.Top(zones, longTerm, total, topN),
            ByHour(shortCn), ByHour(shortOther),
            OverviewCalculator.MeanOf(shortCn), OverviewCalculator.MeanOf(shortOther),
            OverviewCalculator.MeanOf(longCn), OverviewCalculator.MeanOf(longOther));
    }

    public async Task<ZoneProfile> ZoneProfileAsync(Zone zone, HourSlot slot, CancellationToken ct = default)
    {
        var day = await store.GetSeriesAsync(zone.Code, new HourSlot(slot.Date, 0), new HourSlot(slot.Date, 23), PopulationQuery.All, ct);
        var zones = await ZonesAsync(zone.Level, ct);
        var registered = await RegisteredAsync(zone.Level, ct: ct);
        var idx = zones.Select((z, i) => (z, i)).FirstOrDefault(x => x.z.Code == zone.Code).i;
        var reg = idx < registered.Length ? registered[idx] : double.NaN;
        var strata = await store.GetStrataAsync(zone.Code, slot, ct);
        var regStrata = await store.GetRegisteredStrataAsync(zone.Code, ct);
        var period = await PeriodAsync(ct);
        var weekFrom = period.Clamp(slot.Date.AddDays(-6), false);
        var week = await store.GetSeriesAsync(zone.Code, new HourSlot(weekFrom, 0), new HourSlot(slot.Date, 23), PopulationQuery.All, ct);
        var daily = week.GroupBy(p => p.Slot.Date)
            .Select(g => (g.Key, OverviewCalculator.MeanOf([.. g])))
            .OrderBy(x => x.Key)
            .ToList();
        return new ZoneProfile(zone, slot, day, reg, strata, regStrata, daily);
    }

    public async Task<(string? Method, ValidationReport? Validation)> MethodAsync(CancellationToken ct = default) =>
        (await store.GetMetaAsync(MetaKeys.Method, ct), ValidationReport.Parse(await store.GetMetaAsync(MetaKeys.Validation, ct)));

    /// <summary>What the last register file held that did not join the zones (null when no register was loaded).</summary>
    public Task<Core.Reference.RegisterUnjoined?> RegisterUnjoinedAsync(CancellationToken ct = default) =>
        store.GetMetaAsync(MetaKeys.RegisterUnjoined, ct);

    /// <summary>Mean by hour of day over a series.</summary>
    public static double?[] ByHour(IReadOnlyList<SeriesPoint> series)
    {
        var result = new double?[24];
        foreach (var g in series.Where(p => p.Value is not null).GroupBy(p => p.Slot.Hour))
            result[g.Key] = g.Average(p => p.Value!.Value);
        return result;
    }

    public static string FormatSlot(HourSlot slot) =>
        string.Create(CultureInfo.InvariantCulture, $"{slot.Date:yyyy-MM-dd} {slot.Hour:00}:00");
}
