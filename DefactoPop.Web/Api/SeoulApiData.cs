using System.Collections.Concurrent;
using System.Globalization;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Api;

/// <summary>One row of an API answer: the date, hour (hourly services) and zone, then the service's values (NaN = "*").</summary>
public sealed record SeoulApiRow(string Date, string? Hour, string Zone, IReadOnlyList<object> Values);

/// <summary>
/// The rows of a service, numbered as Seoul numbers them (date, then hour, then zone code, from 1), read from the
/// store's public view: the release's suppressions applied whatever the dashboard's mode. Only the requested page is read.
/// </summary>
public sealed class SeoulApiData(PopulationReadStore store)
{
    private readonly ConcurrentDictionary<(int Hour, ZoneLevel Level), (DateTime At, Dictionary<string, CellValues> Cells)> _cache = new();

    public async Task<(long Total, List<SeoulApiRow> Rows)> QueryAsync(SeoulApiService service, long start, long end,
        DateOnly? date, int? hour, string? zone, CancellationToken ct)
    {
        var days = await DaysAsync(date, ct);
        var zones = (await store.GetZonesAsync(service.Level, ct)).Select(z => z.Code).Where(c => zone is null || c == zone).ToList();
        var hours = service.Daily ? [0] : hour is { } h ? [h] : Enumerable.Range(0, 24).ToList();
        long total = (long)days.Count * hours.Count * zones.Count;
        var rows = new List<SeoulApiRow>();
        for (var i = start - 1; i < Math.Min(end, total); i++)
        {
            var z = zones[(int)(i % zones.Count)];
            var rest = i / zones.Count;
            var hr = hours[(int)(rest % hours.Count)];
            var day = days[(int)(rest / hours.Count)];
            rows.Add(service.Daily ? await DailyRowAsync(service, day, z, ct) : await HourlyRowAsync(service, new HourSlot(day, hr), z, ct));
        }
        return (total, rows);
    }

    private async Task<List<DateOnly>> DaysAsync(DateOnly? date, CancellationToken ct)
    {
        var coverage = await store.GetCoverageAsync(ct);
        if (coverage.First is not { } first || coverage.Last is not { } last)
            return [];
        var missing = coverage.MissingDays.ToHashSet();
        var all = new List<DateOnly>();
        for (var d = first.Date; d <= last.Date; d = d.AddDays(1))
        {
            if (!missing.Contains(d) && (date is null || d == date))
                all.Add(d);
        }
        return all;
    }

    private async Task<SeoulApiRow> HourlyRowAsync(SeoulApiService service, HourSlot slot, string zone, CancellationToken ct)
    {
        var cells = await CellsAsync(slot, service.Level, ct);
        var values = cells.TryGetValue(zone, out var cell) ? SeoulApiServices.HourlyValues(service, cell) : [.. service.Fields.Select(_ => double.NaN)];
        return new SeoulApiRow(DateText(slot.Date), slot.Hour.ToString("00", CultureInfo.InvariantCulture), zone, [.. values.Cast<object>()]);
    }

    /// <summary>Means of the day by class, the hourly maximum and minimum of all classes with their hours, 14시 and 03시.</summary>
    private async Task<SeoulApiRow> DailyRowAsync(SeoulApiService service, DateOnly date, string zone, CancellationToken ct)
    {
        var all = new double[24];
        var parts = new double[3, 24];
        int[] slots = [CellValues.DomesticTotal, CellValues.LongTotal, CellValues.ShortTotal];
        for (var h = 0; h < 24; h++)
        {
            var cells = await CellsAsync(new HourSlot(date, h), service.Level, ct);
            var cell = cells.GetValueOrDefault(zone);
            for (var k = 0; k < 3; k++)
                parts[k, h] = cell is null ? double.NaN : cell.Slots[slots[k]];
            all[h] = parts[0, h] + parts[1, h] + parts[2, h];
        }
        static double Mean(IEnumerable<double> v) => v.Any(double.IsNaN) ? double.NaN : v.Average();
        var max = Array.IndexOf(all, all.Max());
        var min = Array.IndexOf(all, all.Min());
        var hidden = all.Any(double.IsNaN);
        object[] values =
        [
            Mean(all), Mean(Enumerable.Range(0, 24).Select(h => parts[0, h])), Mean(Enumerable.Range(0, 24).Select(h => parts[1, h])),
            Mean(Enumerable.Range(0, 24).Select(h => parts[2, h])),
            hidden ? double.NaN : all[max], hidden ? "*" : max.ToString("00", CultureInfo.InvariantCulture),
            hidden ? double.NaN : all[min], hidden ? "*" : min.ToString("00", CultureInfo.InvariantCulture),
            all[DayNight.DayHour], all[DayNight.NightHour],
        ];
        return new SeoulApiRow(DateText(date), null, zone, values);
    }

    /// <summary>An hour's public cells by zone code, kept for a minute (the API reads the same hours again and again).</summary>
    private async Task<Dictionary<string, CellValues>> CellsAsync(HourSlot slot, ZoneLevel level, CancellationToken ct)
    {
        var key = (slot.Ordinal, level);
        if (_cache.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.At < TimeSpan.FromMinutes(1))
            return hit.Cells;
        var cells = (await store.ReadPublicLevelAsync(slot, level, ct)).ToDictionary(x => x.Code, x => x.Cell, StringComparer.Ordinal);
        if (_cache.Count > 512)
            _cache.Clear();
        _cache[key] = (DateTime.UtcNow, cells);
        return cells;
    }

    private static string DateText(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
