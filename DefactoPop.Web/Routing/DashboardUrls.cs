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

    public static string Overview(PeriodFilter? f = null) =>
        Build(OverviewPath, ("from", QueryValues.Date(f?.From)), ("to", QueryValues.Date(f?.To)));

    public static string Map(MapFilter? f = null)
    {
        f ??= new MapFilter();
        var d = new MapFilter();
        return Build(MapPath,
            ("level", f.Level == d.Level ? null : f.Level.Key()),
            ("metric", f.Metric == d.Metric ? null : f.Metric.Key()),
            ("date", QueryValues.Date(f.Date)),
            ("hour", f.Hour == d.Hour ? null : Num(f.Hour)),
            ("sex", QueryValues.Sex(f.Sex)),
            ("band", f.Band is { } b ? Num((int)b) : null),
            ("cls", f.Method == d.Method ? null : QueryValues.Method(f.Method)),
            ("k", f.Classes == d.Classes ? null : Num(f.Classes)),
            ("pal", f.Palette),
            ("breaks", f.Method == ClassificationMethod.Manual ? f.Breaks : null),
            ("gu", f.Gu),
            ("zone", f.Zone));
    }

    public static string Compare(CompareFilter? f = null)
    {
        f ??= new CompareFilter();
        return Build(ComparePath,
            ("level", f.Level == ZoneLevel.Gu ? null : f.Level.Key()),
            ("hour", f.Hour is { } h ? Num(h) : null),
            ("days", f.Days == DayTypeFilter.All ? null : f.Days.Key()),
            ("from", QueryValues.Date(f.From)),
            ("to", QueryValues.Date(f.To)));
    }

    public static string Swings(PeriodFilter? f = null) =>
        Build(SwingsPath,
            ("level", f is null || f.Level == ZoneLevel.Gu ? null : f.Level.Key()),
            ("from", QueryValues.Date(f?.From)), ("to", QueryValues.Date(f?.To)));

    public static string Foreigners(ForeignersFilter? f = null)
    {
        f ??= new ForeignersFilter();
        var d = new ForeignersFilter();
        return Build(ForeignersPath,
            ("level", f.Level == d.Level ? null : f.Level.Key()),
            ("hour", f.Hour == d.Hour ? null : Num(f.Hour)),
            ("from", QueryValues.Date(f.From)), ("to", QueryValues.Date(f.To)),
            ("top", f.Top == d.Top ? null : Num(f.Top)));
    }

    public static string Method() => Build(MethodPath);

    /// <summary>The GeoJSON of a level, versioned so browsers may cache it for good.</summary>
    public static string Geometry(ZoneLevel level, string version) =>
        $"/geo/{level.Key()}.geojson?v={Uri.EscapeDataString(version)}";

    /// <summary>Sets the language cookie and returns to <paramref name="returnUrl"/> in that language.</summary>
    public static string SetLanguage(string lang, string returnUrl) =>
        $"/culture?lang={Uri.EscapeDataString(lang)}&returnUrl={Uri.EscapeDataString(WithLang(returnUrl, lang))}";

    /// <summary>The same URL with lang=en (English) or without lang (Korean).</summary>
    public static string WithLang(string url, string lang)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? url : url[..q];
        var pairs = q < 0 ? [] : url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("lang=", StringComparison.Ordinal)).ToList();
        if (lang == "en")
            pairs.Add("lang=en");
        return pairs.Count == 0 ? path : path + "?" + string.Join('&', pairs);
    }

    private static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Build(string path, params (string Key, string? Value)[] query)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (key, value) in query.Append(("lang", UiText.CurrentIsEnglish ? "en" : null)))
        {
            if (string.IsNullOrEmpty(value))
                continue;
            sb.Append(first ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return sb.ToString();
    }
}
