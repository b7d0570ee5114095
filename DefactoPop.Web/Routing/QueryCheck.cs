using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace DefactoPop.Web.Routing;

/// <summary>
/// Which query-string values of a page its filter would throw away. The pages themselves never fail on a bad value
/// (each filter's Parse falls back to the default); this names the values that fell back, so the layout can say so.
/// Each rule asks the same parser the page's filter uses. Unknown keys and blank values are not reported.
/// </summary>
public static class QueryCheck
{
    private static readonly Func<string, bool> s_date = v => QueryValues.Date(v) is not null;
    private static readonly Func<string, bool> s_hour = v => QueryValues.Hour(QueryValues.Int(v)) is not null;
    private static readonly Func<string, bool> s_level = v => v.ToLowerInvariant() is "gu" or "dong" or "oa";
    private static readonly Func<string, bool> s_lang = v => v is "ko" or "en";

    private static readonly Dictionary<string, Func<string, bool>> s_period = new()
    {
        [QueryKeys.From] = s_date,
        [QueryKeys.To] = s_date,
    };

    private static readonly Dictionary<string, Dictionary<string, Func<string, bool>>> s_pages = new(StringComparer.OrdinalIgnoreCase)
    {
        [DashboardUrls.OverviewPath] = s_period,
        [DashboardUrls.SwingsPath] = new(s_period) { [QueryKeys.Level] = s_level },
        [DashboardUrls.ComparePath] = new(s_period)
        {
            [QueryKeys.Level] = s_level,
            [QueryKeys.Hour] = s_hour,
            [QueryKeys.Days] = v => v.ToLowerInvariant() is "all" or "weekday" or "weekend" or "holiday",
        },
        [DashboardUrls.ForeignersPath] = new(s_period)
        {
            [QueryKeys.Level] = s_level,
            [QueryKeys.Hour] = s_hour,
            [QueryKeys.Top] = v => QueryValues.Int(v) is >= 1 and <= 50,
        },
        [DashboardUrls.MapPath] = new()
        {
            [QueryKeys.Level] = s_level,
            [QueryKeys.Metric] = v => MapMetrics.TryParse(v, out _),
            [QueryKeys.Date] = s_date,
            [QueryKeys.Hour] = s_hour,
            [QueryKeys.Sex] = v => QueryValues.Sex(v) is not null,
            [QueryKeys.Band] = v => QueryValues.Band(QueryValues.Int(v)) is not null,
            [QueryKeys.Method] = v => v.ToLowerInvariant() is "quantile" or "equal" or "manual",
            [QueryKeys.Classes] = v => QueryValues.Int(v) is >= 2 and <= ClassCodes.MaxClasses,
            [QueryKeys.Palette] = v => Palettes.Names.Contains(v.ToLowerInvariant()),
            [QueryKeys.Breaks] = v => ClassBreaks.ParseManual(v).Length > 0,
            [QueryKeys.Gu] = ZoneCodes.IsGu,
        },
        [DashboardUrls.BriefingPath] = new(s_period)
        {
            [QueryKeys.Hour] = s_hour,
            [QueryKeys.Level] = v => BriefingFilter.LevelOf(v) is not null,
            ["siting"] = v => BriefingFilter.Parse(null, null, null, v).Siting is not null,
            ["slide"] = v => QueryValues.Int(v) is >= 1,
        },
        [DashboardUrls.SitingPath] = SitingFilter.Keys.ToDictionary(k => k, k => (Func<string, bool>)(v => SitingValue(k, v))),
    };

    /// <summary>The keys of <paramref name="uri"/> (absolute, or a path with a query) whose value its page would not use.</summary>
    public static IReadOnlyList<string> Invalid(string uri)
    {
        var (path, query) = Split(uri);
        if (string.IsNullOrEmpty(query))
            return [];
        var rules = s_pages.GetValueOrDefault(path.Length > 1 ? path.TrimEnd('/') : path);
        var bad = new List<string>();
        foreach (var (key, values) in QueryHelpers.ParseQuery(query))
        {
            var rule = key == QueryKeys.Lang ? s_lang : rules?.GetValueOrDefault(key);
            if (rule is not null && values.Any(v => !string.IsNullOrWhiteSpace(v) && !rule(v!.Trim())))
                bad.Add(key);
        }
        return bad;
    }

    private static (string Path, string Query) Split(string uri)
    {
        var rest = uri;
        // Not for "/map?…": on Unix that parses as an absolute file URI.
        if (!uri.StartsWith('/') && Uri.TryCreate(uri, UriKind.Absolute, out var abs))
            rest = abs.PathAndQuery;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? rest : rest[..q];
        var query = q < 0 ? "" : rest[q..];
        var hash = query.IndexOf('#', StringComparison.Ordinal);
        return (Uri.UnescapeDataString(path), hash < 0 ? query : query[..hash]);
    }

    private static bool SitingValue(string key, string value)
    {
        try
        {
            SitingFilter.Parse(new Dictionary<string, string?> { [key] = value }, strict: true);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The keys, comma-separated, for the notice ("hour, level").</summary>
    public static string List(IReadOnlyList<string> keys) => string.Join(", ", keys.Take(5)) + (keys.Count > 5 ? ", …" : "");
}
