using System.Text.Json;
using DefactoPop.Core.Siting;

namespace DefactoPop.Web.Exports;

/// <summary>A siting result as a table (CSV/XLSX) and as the <c>site --json</c> contract.</summary>
public static class SitingExport
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExportTable Table(SitingResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        var factorKeys = result.Sites.SelectMany(s => s.Factors.Select(f => f.Key)).Distinct().ToList();
        IReadOnlyList<string> headers =
        [
            "rank", "id", "name", "lon", "lat", "chosen", "score",
            "selection_frequency", "rank_low", "rank_high", "zone", "rationale",
            .. factorKeys,
        ];
        var rows = result.Sites.Select(s => (object?[])
        [
            s.Rank, s.Id, s.Name, Math.Round(s.Lon, 6), Math.Round(s.Lat, 6), s.Chosen, s.Score,
            result.HasIntervals ? s.SelectionFrequency : null, s.RankLow, s.RankHigh, s.ZoneCode, s.Rationale,
            .. factorKeys.Select(k => (object?)s.Factors.FirstOrDefault(f => f.Key == k)?.Raw),
        ]).ToList();
        return new ExportTable(name, headers, rows);
    }

    /// <summary>The verb's JSON: preset, period, draws, whether frequencies are meaningful, metrics and the ranked sites.</summary>
    public static string Json(SitingResult result, DateOnly from, DateOnly to, string level, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sites = top is { } n ? result.Sites.Take(n) : result.Sites;
        return JsonSerializer.Serialize(new
        {
            preset = result.Preset.ToString().ToLowerInvariant(),
            from,
            to,
            level,
            draws = result.Draws,
            hasIntervals = result.HasIntervals,
            metrics = result.Metrics.Select(m => new { key = m.Key, label = m.LabelKo, value = m.Value, after = m.After, unit = m.Unit }),
            notes = result.Notes,
            sites = sites.Select(s => new
            {
                id = s.Id,
                name = s.Name,
                lon = Math.Round(s.Lon, 6),
                lat = Math.Round(s.Lat, 6),
                score = s.Score,
                chosen = s.Chosen,
                rank = s.Rank,
                selectionFrequency = result.HasIntervals ? s.SelectionFrequency : (double?)null,
                rankInterval = new[] { s.RankLow, s.RankHigh },
                rationale = s.Rationale,
                zone = s.ZoneCode,
            }),
        }, s_json);
    }
}
