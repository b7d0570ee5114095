using System.Collections.Concurrent;

namespace DefactoPop.Core.Domain;

/// <summary>
/// Seoul's calendar of public holidays (공휴일), 설날 and 추석 breaks and day types, for <see cref="FirstYear"/> to
/// <see cref="LastYear"/>: the statutory and lunar holidays and the substitutes they trigger are computed; election
/// days and 임시공휴일 are data (<see cref="KoreanHolidayDays"/>). Outside those years a date has no holidays.
/// </summary>
public static class KoreanCalendar
{
    /// <summary>First year with today's holidays and substitute rules (한글날 again from 2013, 대체공휴일 from 2014).</summary>
    public const int FirstYear = 2014;

    /// <summary>Last year <see cref="System.Globalization.KoreanLunisolarCalendar"/> fully supports.</summary>
    public const int LastYear = 2050;

    private static readonly ConcurrentDictionary<int, Year> s_years = new();

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>Every public holiday of the year in date order (a date may carry two, e.g. 2025-05-05); empty outside the covered years.</summary>
    public static IReadOnlyList<KoreanHoliday> HolidaysOf(int year) => YearOf(year).Holidays;

    /// <summary>The distinct holiday dates of the year.</summary>
    public static IReadOnlyList<DateOnly> HolidayDatesOf(int year) => [.. YearOf(year).ByDate.Keys.Order()];

    /// <summary>The holidays on the date (empty on an ordinary day).</summary>
    public static IReadOnlyList<KoreanHoliday> HolidaysOn(DateOnly date) =>
        YearOf(date.Year).ByDate.TryGetValue(date, out var list) ? list : [];

    public static bool IsHoliday(DateOnly date) => YearOf(date.Year).ByDate.ContainsKey(date);

    /// <summary>A Saturday or a Sunday that is not a public holiday.</summary>
    public static bool IsPlainWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !IsHoliday(date);

    /// <summary>A weekend day or a public holiday.</summary>
    public static bool IsDayOff(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsHoliday(date);

    /// <summary>Weekday, Saturday, or Sunday/holiday (a holiday on a Saturday counts as a holiday).</summary>
    public static DayType DayTypeOf(DateOnly date) =>
        date.DayOfWeek == DayOfWeek.Sunday || IsHoliday(date) ? DayType.SundayOrHoliday
        : date.DayOfWeek == DayOfWeek.Saturday ? DayType.Saturday
        : DayType.Weekday;

    /// <summary>The 설날 and 추석 breaks of the year, in date order.</summary>
    public static IReadOnlyList<HolidayBreak> BreaksOf(int year) => YearOf(year).Breaks.Value;

    /// <summary>The 설날 or 추석 break holding the date, or null.</summary>
    public static HolidayBreak? PeriodOf(DateOnly date)
    {
        foreach (var y in (ReadOnlySpan<int>)[date.Year - 1, date.Year, date.Year + 1])
        {
            foreach (var b in BreaksOf(y))
            {
                if (b.Contains(date))
                    return b;
            }
        }
        return null;
    }

    /// <summary>
    /// For a public holiday, "seollal" or "chuseok" when it lies in that break, else "holiday"; null on other days.
    /// The grouping the calendar effects are reported by.
    /// </summary>
    public static string? HolidayGroupOf(DateOnly date) =>
        IsHoliday(date) ? PeriodOf(date)?.Key ?? "holiday" : null;

    private static Year YearOf(int year) => s_years.GetOrAdd(year, y => new Year(y));

    private sealed class Year
    {
        public Year(int year)
        {
            Holidays = Covers(year) ? KoreanHolidayRules.Compute(year) : [];
            ByDate = Holidays.GroupBy(h => h.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<KoreanHoliday>)[.. g]);
            Breaks = new(() => Covers(year) ? [Break(HolidayPeriod.Seollal, KoreanHolidayRules.SeollalOf(year)), Break(HolidayPeriod.Chuseok, KoreanHolidayRules.ChuseokOf(year))] : []);
        }

        public IReadOnlyList<KoreanHoliday> Holidays { get; }

        public Dictionary<DateOnly, IReadOnlyList<KoreanHoliday>> ByDate { get; }

        public Lazy<IReadOnlyList<HolidayBreak>> Breaks { get; }

        /// <summary>The three days around the main day, stretched over every adjacent day off.</summary>
        private static HolidayBreak Break(HolidayPeriod period, DateOnly main)
        {
            var start = main.AddDays(-1);
            while (IsDayOff(start.AddDays(-1)))
                start = start.AddDays(-1);
            var end = main.AddDays(1);
            while (IsDayOff(end.AddDays(1)))
                end = end.AddDays(1);
            return new HolidayBreak(period, start, end, main);
        }
    }
}
