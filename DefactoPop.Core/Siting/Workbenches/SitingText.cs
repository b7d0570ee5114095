using System.Globalization;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Siting;

/// <summary>Number and label formats of the rationale strings (invariant culture, so "2,140" everywhere).</summary>
internal static class SitingText
{
    /// <summary>Sites listed in a result at most; candidates drawn on the map at most.</summary>
    public const int MaxListed = 500;
    public const int MaxMapCandidates = 3000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(double v) => v.ToString("N0", Invariant);

    public static string Fixed(double v, int decimals) => v.ToString("N" + decimals, Invariant);

    /// <summary>12,000 → "1.2만", below 10,000 as a plain count.</summary>
    public static string Man(double v) => Math.Abs(v) >= 10_000 ? (v / 10_000).ToString("0.#", Invariant) + "만" : Count(v);

    public static string Distance(double metres) =>
        metres >= 1000 ? (metres / 1000).ToString("0.#", Invariant) + " km" : Count(metres) + " m";

    /// <summary>"71→78 %", with one decimal when whole percents would hide a change.</summary>
    public static string PercentChange(double before, double after)
    {
        var decimals = Math.Round(before * 100) == Math.Round(after * 100) && Math.Abs(after - before) > 0 ? 1 : 0;
        return $"{Fixed(before * 100, decimals)}→{Fixed(after * 100, decimals)} %";
    }

    /// <summary>Top share of a rank among n, as "상위 6 %" (at least 1).</summary>
    public static string TopShare(int rank, int n) => $"상위 {Count(Math.Max(1, Math.Ceiling(100.0 * rank / Math.Max(1, n))))} %";

    /// <summary>"평일 10–16시 · 주말 12–18시".</summary>
    public static string Windows(IEnumerable<DemandWindow> windows) => string.Join(" · ", windows.Select(w =>
    {
        var days = w.Days.Contains(DayType.Weekday)
            ? w.Days.Count == 1 ? "평일" : "전체 요일"
            : w.Days.Count == 1 ? w.Days[0] == DayType.Saturday ? "토요일" : "일요일·공휴일" : "주말";
        return $"{days} {w.FromHour}–{w.ToHour}시";
    }));

    /// <summary>The ages a domestic weight vector selects: "65세 이상", "20–34세 여성".</summary>
    public static string Ages(IReadOnlyList<double> domestic)
    {
        var strata = Enumerable.Range(0, Math.Min(domestic.Count, Strata.Count)).Where(i => domestic[i] > 0).ToArray();
        if (strata.Length == 0)
            return "대상";
        var bands = strata.Select(Strata.BandOf).Distinct().ToArray();
        var sexes = strata.Select(Strata.SexOf).Distinct().ToArray();
        var low = bands.Min(Strata.LowerAge);
        var ages = bands.Any(b => Strata.UpperAge(b) is null) ? $"{low}세 이상" : $"{low}–{bands.Max(b => Strata.UpperAge(b)!.Value)}세";
        return sexes.Length == 1 ? $"{ages} {(sexes[0] == Sex.Female ? "여성" : "남성")}" : ages;
    }

    public static MapPlace Map(string layer, SitingPlace p) => new(layer, p.Name, p.Lon, p.Lat);

    public static (double Lon, double Lat) Degrees(SitePoint p) => SitingProjection.ToDegrees(p);
}
