using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

/// <summary>Builds every dashboard URL, so each view is a shareable link. Defaults are left out; English adds lang=en.</summary>
public static class DashboardUrls
{
    public const string OverviewPath = "/";
    public const string MapPath = "/map";
    public const string ComparePath = "/compare";
    public const string SwingsPath = "/swings";
    public const string ForeignersPath = "/foreigners";
    public const string MethodPath = "/method";
    public const string ReleasesPath = "/releases";
    public const string SitingPath = "/siting";
    public const string BriefingPath = "/briefing";

    public static string Overview(PeriodFilter? f = null) =>
        Build(OverviewPath, (QueryKeys.From, QueryValues.Date(f?.From)), (QueryKeys.To, QueryValues.Date(f?.To)));

    public static string Map(MapFilter? f = null)
    {
        f ??= new MapFilter();
        var d = new MapFilter();
        return Build(MapPath,
            (QueryKeys.Level, f.Level == d.Level ? null : f.Level.Key()),
            (QueryKeys.Metric, f.Metric == d.Metric ? null : f.Metric.Key()),
            (QueryKeys.Date, QueryValues.Date(f.Date)),
            (QueryKeys.Hour, f.Hour == d.Hour ? null : Num(f.Hour)),
            (QueryKeys.Sex, QueryValues.Sex(f.Sex)),
            (QueryKeys.Band, f.Band is { } b ? Num((int)b) : null),
            (QueryKeys.Method, f.Method == d.Method ? null : QueryValues.Method(f.Method)),
            (QueryKeys.Classes, f.Classes == d.Classes ? null : Num(f.Classes)),
            (QueryKeys.Palette, f.Palette),
            (QueryKeys.Breaks, f.Method == ClassificationMethod.Manual ? f.Breaks : null),
            (QueryKeys.Gu, f.Gu),
            (QueryKeys.Zone, f.Zone));
    }

    public static string Compare(CompareFilter? f = null)
    {
        f ??= new CompareFilter();
        return Build(ComparePath,
            (QueryKeys.Level, f.Level == ZoneLevel.Gu ? null : f.Level.Key()),
            (QueryKeys.Hour, f.Hour is { } h ? Num(h) : null),
            (QueryKeys.Days, f.Days == DayTypeFilter.All ? null : f.Days.Key()),
            (QueryKeys.From, QueryValues.Date(f.From)),
            (QueryKeys.To, QueryValues.Date(f.To)));
    }

    public static string Swings(PeriodFilter? f = null) =>
        Build(SwingsPath,
            (QueryKeys.Level, f is null || f.Level == ZoneLevel.Gu ? null : f.Level.Key()),
            (QueryKeys.From, QueryValues.Date(f?.From)), (QueryKeys.To, QueryValues.Date(f?.To)));

    public static string Foreigners(ForeignersFilter? f = null)
    {
        f ??= new ForeignersFilter();
        var d = new ForeignersFilter();
        return Build(ForeignersPath,
            (QueryKeys.Level, f.Level == d.Level ? null : f.Level.Key()),
            (QueryKeys.Hour, f.Hour == d.Hour ? null : Num(f.Hour)),
            (QueryKeys.From, QueryValues.Date(f.From)), (QueryKeys.To, QueryValues.Date(f.To)),
            (QueryKeys.Top, f.Top == d.Top ? null : Num(f.Top)));
    }

    public static string Method() => Build(MethodPath);

    public static string Releases() => Build(ReleasesPath);

    public static string Briefing(BriefingFilter? f = null) => Build(BriefingPath, [.. (f ?? new BriefingFilter()).ToPairs()]);

    public static string Siting(SitingFilter? f = null) =>
        Build(SitingPath, [.. (f ?? new SitingFilter()).ToPairs().Select(p => (p.Key, (string?)p.Value))]);

    /// <summary>A released file of one day, as the release log serves it.</summary>
    public static string ReleaseFile(DateOnly date, string name) =>
        $"{ReleasesPath}/{date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(name)}";

    /// <summary>The GeoJSON of a level, versioned so browsers may cache it for good.</summary>
    public static string Geometry(ZoneLevel level, string version) =>
        $"/geo/{level.Key()}.geojson?{QueryKeys.Version}={Uri.EscapeDataString(version)}";

    /// <summary>Sets the language cookie and returns to <paramref name="returnUrl"/> in that language.</summary>
    public static string SetLanguage(string lang, string returnUrl) =>
        $"/culture?{QueryKeys.Lang}={Uri.EscapeDataString(lang)}&{QueryKeys.ReturnUrl}={Uri.EscapeDataString(WithLang(returnUrl, lang))}";

    /// <summary>The same URL with lang=en (English) or without lang (Korean).</summary>
    public static string WithLang(string url, string lang)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? url : url[..q];
        var pairs = q < 0 ? [] : url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(QueryKeys.Lang + "=", StringComparison.Ordinal)).ToList();
        if (lang == "en")
            pairs.Add(QueryKeys.Lang + "=en");
        return pairs.Count == 0 ? path : path + "?" + string.Join('&', pairs);
    }

    private static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Build(string path, params (string Key, string? Value)[] query)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (key, value) in query.Append((QueryKeys.Lang, UiText.CurrentIsEnglish ? "en" : null)))
        {
            if (string.IsNullOrEmpty(value))
                continue;
            sb.Append(first ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return sb.ToString();
    }
}
