using System.Globalization;

namespace DefactoPop.Core.Domain;

/// <summary>
/// The holidays of one year under the 관공서의 공휴일에 관한 규정 as in force on each date: the fixed-date and lunar
/// holidays, then the 대체공휴일 they trigger. Lunar dates come from <see cref="KoreanLunisolarCalendar"/>.
/// </summary>
internal static class KoreanHolidayRules
{
    private static readonly KoreanLunisolarCalendar s_lunar = new();

    /// <summary>Substitutes for 설날, 추석 and 어린이날 since 2014.</summary>
    private static readonly DateOnly s_substitutes2014 = new(2014, 1, 1);

    /// <summary>Substitutes for 3·1절, 광복절, 개천절 and 한글날 since the amendment of 2021-08-04.</summary>
    private static readonly DateOnly s_substitutes2021 = new(2021, 8, 4);

    /// <summary>Substitutes for 부처님오신날 and 기독탄신일 since the amendment of 2023-05-04.</summary>
    private static readonly DateOnly s_substitutes2023 = new(2023, 5, 4);

    public static IReadOnlyList<KoreanHoliday> Compute(int year)
    {
        var days = Statutory(year).Concat(KoreanHolidayDays.All.Where(h => h.Date.Year == year)).ToList();
        days.AddRange(Substitutes(days));
        return [.. days.OrderBy(h => h.Date).ThenBy(h => h.Kind)];
    }

    /// <summary>Gregorian date of a day of an ordinary (not leap) lunar month of the lunar year <paramref name="year"/>.</summary>
    public static DateOnly Lunar(int year, int month, int day)
    {
        // GetLeapMonth gives the 1-based position of the leap month among the year's 13 months (0 if none):
        // a leap month after month 4 is month 5, and the ordinary months from 5 on move up by one.
        var leap = s_lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(s_lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    public static DateOnly SeollalOf(int year) => Lunar(year, 1, 1);

    public static DateOnly ChuseokOf(int year) => Lunar(year, 8, 15);

    private static IEnumerable<KoreanHoliday> Statutory(int year)
    {
        KoreanHoliday Day(DateOnly date, string key, string ko, string en) => new(date, HolidayKind.Statutory, key, ko, en);
        KoreanHoliday Fixed(int m, int d, string key, string ko, string en) => Day(new DateOnly(year, m, d), key, ko, en);

        var seollal = SeollalOf(year);
        var chuseok = ChuseokOf(year);
        yield return Fixed(1, 1, "new-year", "신정", "New Year's Day");
        yield return Day(seollal.AddDays(-1), "seollal", "설날 전날", "Seollal (eve)");
        yield return Day(seollal, "seollal", "설날", "Seollal");
        yield return Day(seollal.AddDays(1), "seollal", "설날 다음날", "Seollal (day after)");
        yield return Fixed(3, 1, "independence-movement", "삼일절", "Independence Movement Day");
        yield return Day(Lunar(year, 4, 8), "buddha", "부처님오신날", "Buddha's Birthday");
        yield return Fixed(5, 5, "children", "어린이날", "Children's Day");
        yield return Fixed(6, 6, "memorial", "현충일", "Memorial Day");
        yield return Fixed(8, 15, "liberation", "광복절", "Liberation Day");
        yield return Day(chuseok.AddDays(-1), "chuseok", "추석 전날", "Chuseok (eve)");
        yield return Day(chuseok, "chuseok", "추석", "Chuseok");
        yield return Day(chuseok.AddDays(1), "chuseok", "추석 다음날", "Chuseok (day after)");
        yield return Fixed(10, 3, "national-foundation", "개천절", "National Foundation Day");
        if (year >= 2013)
            yield return Fixed(10, 9, "hangul", "한글날", "Hangul Day");
        yield return Fixed(12, 25, "christmas", "기독탄신일", "Christmas Day");
    }

    /// <summary>
    /// One 대체공휴일 per date on which an eligible holiday falls on a Sunday, on a Saturday (where the rule covers
    /// Saturdays: not for 설날 and 추석) or on another holiday: the first later day that is neither a weekend nor a
    /// holiday, earlier substitutes included.
    /// </summary>
    private static List<KoreanHoliday> Substitutes(IReadOnlyList<KoreanHoliday> days)
    {
        var taken = days.Select(h => h.Date).ToHashSet();
        var result = new List<KoreanHoliday>();
        foreach (var group in days.GroupBy(h => h.Date).OrderBy(g => g.Key))
        {
            var date = group.Key;
            var list = group.ToList();
            var eligible = list.Where(h => Rule(h) != SubstituteRule.None).ToList();
            var triggered = eligible.Count > 0 && (date.DayOfWeek == DayOfWeek.Sunday
                || (date.DayOfWeek == DayOfWeek.Saturday && eligible.Any(h => Rule(h) == SubstituteRule.SaturdayOrSunday))
                || list.Count > 1);
            if (!triggered)
                continue;
            var d = date.AddDays(1);
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(d))
                d = d.AddDays(1);
            taken.Add(d);
            var of = eligible.DistinctBy(h => h.Key).ToList();
            result.Add(new KoreanHoliday(d, HolidayKind.Substitute, "substitute-" + of[0].Key,
                "대체공휴일(" + string.Join("·", of.Select(h => Stem(h.NameKo))) + ")",
                "Substitute holiday (" + string.Join(", ", of.Select(h => Stem(h.NameEn))) + ")"));
        }
        return result;
    }

    private static string Stem(string name) => name.Split(" (")[0].Replace(" 전날", "").Replace(" 다음날", "");

    private enum SubstituteRule
    {
        None,
        SundayOnly,
        SaturdayOrSunday,
    }

    private static SubstituteRule Rule(KoreanHoliday h)
    {
        if (h.Kind != HolidayKind.Statutory)
            return SubstituteRule.None;
        var since = h.Key switch
        {
            "seollal" or "chuseok" or "children" => s_substitutes2014,
            "independence-movement" or "liberation" or "national-foundation" or "hangul" => s_substitutes2021,
            "buddha" or "christmas" => s_substitutes2023,
            _ => DateOnly.MaxValue,
        };
        if (h.Date < since)
            return SubstituteRule.None;
        return h.Key is "seollal" or "chuseok" ? SubstituteRule.SundayOnly : SubstituteRule.SaturdayOrSunday;
    }
}
