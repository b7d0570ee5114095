using System.Globalization;
using CsCheck;
using DefactoPop.Web.Routing;

namespace DefactoPop.Tests.TestSupport;

/// <summary>
/// Generators of hostile and odd query values for the fuzz tests: markup, quotes, NUL, very long strings, unicode,
/// negative and huge numbers, impossible dates, plus values a page does accept so valid paths run too.
/// </summary>
public static class QueryFuzz
{
    /// <summary>Strings that break naive code: markup (must never come back verbatim), quotes, escapes, overflow.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "javascript:alert(1)",
        "'", "\"", "\0", "%00", "%", "%zz", "&", "=", "#", "+", "?", "/", "\\", "..", "../../etc/passwd", "//evil.example", "/\\evil.example",
        "\r\nX-Injected: 1", "\u202E", "\uFEFF", "\uD800", "𝟙𝟚", "１２", "서울", "ｇｕ", "GU", "Dong", "null", "undefined", "[]", "{}",
        "-1", "-0", "0", "1", "23", "24", "99", "-2147483648", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
        "1e309", "-1e309", "NaN", "Infinity", "0x1F", "1,5", "1.5", " 7 ", "",
        "2017-02-30", "2017-13-01", "2017-00-10", "0000-00-00", "0001-01-01", "9999-12-31", "1900-01-01", "2017-10-04T00:00",
        "2017/10/04", "20171004", "04-10-2017", "2017-10-4",
        new string('a', 3000), string.Concat(Enumerable.Repeat("<b>", 400)), new string('9', 400),
    ];

    /// <summary>Values the dashboard accepts for some key, so a generated query is sometimes (partly) valid.</summary>
    public static IReadOnlyList<string> Plausible { get; } =
    [
        "gu", "dong", "oa", "ratio", "defacto", "m", "f", "equal", "manual", "quantile", "viridis", "puor", "1000,5000", "11680",
        "weekday", "weekend", "holiday", "senior", "canopy", "bus", "retail", "fastfood", "linear", "geometric", "welfare",
        "2017-09-25", "2017-10-04", "2017-10-07", "3", "5", "9", "14", "0.5", "ko", "en",
    ];

    public static Gen<string> Value { get; } = Gen.Frequency(
        (5, Gen.OneOf([.. Hostile])),
        (3, Gen.OneOf([.. Plausible])),
        (1, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Select(Gen.Int[-1, 10000], Gen.Int[-1, 14], Gen.Int[-1, 33]).Select((y, m, d) => $"{y:0000}-{m:00}-{d:00}")),
        (1, Gen.String[0, 40]));

    /// <summary>A query over <paramref name="keys"/> (each present or not, some twice), values escaped as a browser would.</summary>
    public static Gen<(string Query, string[] Values)> Query(IReadOnlyList<string> keys) =>
        Gen.Select(Gen.OneOf([.. keys]), Value).Array[1, 5].Select(pairs =>
            ("?" + string.Join('&', pairs.Select(p => $"{p.Item1}={Escape(p.Item2)}")), pairs.Select(p => p.Item2).ToArray()));

    /// <summary>Percent-escapes like a browser, tolerating lone surrogates (sent as their UTF-8 replacement).</summary>
    public static string Escape(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return string.Concat(bytes.Select(b => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~'
            ? ((char)b).ToString()
            : "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// True when a value, if it came back verbatim in HTML, could be markup (it holds &lt;, &gt; or a quote) and is long
    /// enough not to occur in the page by itself: a short one such as "&lt;l" or "\"&gt;" is part of any page's own tags.
    /// </summary>
    public static bool IsMarkup(string value) => value.Length >= 8 && value.IndexOfAny(['<', '>', '"']) >= 0;

    /// <summary>Every dashboard page and the query keys it reads (plus lang, which the layout reads).</summary>
    public static IReadOnlyList<(string Path, string[] Keys)> Pages { get; } =
    [
        (DashboardUrls.OverviewPath, [QueryKeys.From, QueryKeys.To, QueryKeys.Lang]),
        (DashboardUrls.MapPath,
        [
            QueryKeys.Level, QueryKeys.Metric, QueryKeys.Date, QueryKeys.Hour, QueryKeys.Sex, QueryKeys.Band, QueryKeys.Method,
            QueryKeys.Classes, QueryKeys.Palette, QueryKeys.Breaks, QueryKeys.Gu, QueryKeys.Zone, QueryKeys.Lang,
        ]),
        (DashboardUrls.ComparePath, [QueryKeys.Level, QueryKeys.Hour, QueryKeys.Days, QueryKeys.From, QueryKeys.To, QueryKeys.Lang]),
        (DashboardUrls.SwingsPath, [QueryKeys.Level, QueryKeys.From, QueryKeys.To, QueryKeys.Lang]),
        (DashboardUrls.ForeignersPath, [QueryKeys.Level, QueryKeys.Hour, QueryKeys.Top, QueryKeys.From, QueryKeys.To, QueryKeys.Lang]),
        (DashboardUrls.MethodPath, [QueryKeys.Lang]),
        (DashboardUrls.ReleasesPath, [QueryKeys.Lang]),
        (DashboardUrls.SitingPath, [.. SitingFilter.Keys, QueryKeys.Lang]),
        (DashboardUrls.BriefingPath, [QueryKeys.From, QueryKeys.To, QueryKeys.Hour, "siting", QueryKeys.Level, "slide", QueryKeys.Lang]),
    ];

    /// <summary>A page and a generated query of its keys.</summary>
    public static Gen<(string Url, string[] Values)> PageUrl { get; } =
        Gen.OneOf([.. Pages]).SelectMany(p => Query(p.Keys).Select(q => (p.Path + q.Query, q.Values)));
}
