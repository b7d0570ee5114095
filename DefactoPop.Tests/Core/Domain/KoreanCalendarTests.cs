using System.Globalization;
using DefactoPop.Core.Domain;
using KoreanCalendar = DefactoPop.Core.Domain.KoreanCalendar;

namespace DefactoPop.Tests.Core.Domain;

public class KoreanCalendarTests
{
    // Every public holiday of the year as published in the 관보 (공휴일 and 대체공휴일, 선거일, 임시공휴일).
    private static readonly string[] s_holidays2017 =
    [
        "01-01", "01-27", "01-28", "01-29", "01-30", "03-01", "05-03", "05-05", "05-09",
        "06-06", "08-15", "10-02", "10-03", "10-04", "10-05", "10-06", "10-09", "12-25",
    ];

    private static readonly string[] s_holidays2024 =
    [
        "01-01", "02-09", "02-10", "02-11", "02-12", "03-01", "04-10", "05-05", "05-06", "05-15",
        "06-06", "08-15", "09-16", "09-17", "09-18", "10-01", "10-03", "10-09", "12-25",
    ];

    private static readonly string[] s_holidays2025 =
    [
        "01-01", "01-27", "01-28", "01-29", "01-30", "03-01", "03-03", "05-05", "05-06", "06-03",
        "06-06", "08-15", "10-03", "10-05", "10-06", "10-07", "10-08", "10-09", "12-25",
    ];

    public static TheoryData<int, string[]> Gazette => new()
    {
        { 2017, s_holidays2017 },
        { 2024, s_holidays2024 },
        { 2025, s_holidays2025 },
    };

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Gazette))]
    public void HolidayDatesOf_GazetteYear_AreExactlyThePublishedList(int year, string[] monthDays)
    {
        var expected = monthDays.Select(md => D($"{year}-{md}")).ToList();

        Assert.Equal(expected, KoreanCalendar.HolidayDatesOf(year));
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i));
        Assert.Equal(expected, days.Where(KoreanCalendar.IsHoliday));
    }

    [Theory]
    [InlineData("2017-01-30", "substitute-seollal", "대체공휴일(설날)")]
    [InlineData("2017-10-06", "substitute-chuseok", "대체공휴일(추석)")]
    [InlineData("2017-10-02", "temporary", "임시공휴일")]
    [InlineData("2017-05-09", "election", "제19대 대통령선거")]
    [InlineData("2024-02-12", "substitute-seollal", "대체공휴일(설날)")]
    [InlineData("2024-05-06", "substitute-children", "대체공휴일(어린이날)")]
    [InlineData("2025-03-03", "substitute-independence-movement", "대체공휴일(삼일절)")]
    [InlineData("2025-05-06", "substitute-buddha", "대체공휴일(부처님오신날·어린이날)")]
    [InlineData("2025-10-08", "substitute-chuseok", "대체공휴일(추석)")]
    [InlineData("2024-10-09", "hangul", "한글날")]
    public void HolidaysOn_KnownDate_HasKeyAndKoreanName(string date, string key, string nameKo)
    {
        var holiday = Assert.Single(KoreanCalendar.HolidaysOn(D(date)));
        Assert.Equal(key, holiday.Key);
        Assert.Equal(nameKo, holiday.NameKo);
        Assert.False(string.IsNullOrWhiteSpace(holiday.NameEn));
    }

    [Fact]
    public void HolidaysOn_Children2025_CarriesBothHolidays()
    {
        var keys = KoreanCalendar.HolidaysOn(new DateOnly(2025, 5, 5)).Select(h => h.Key).Order();
        Assert.Equal(["buddha", "children"], keys);
    }

    [Theory]
    [InlineData("2015-09-29", true)]   // 추석 on Sunday 09-27
    [InlineData("2016-02-10", true)]   // 설날 block Sunday 02-07
    [InlineData("2018-05-07", true)]   // 어린이날 on Saturday (2014 rule)
    [InlineData("2018-09-26", true)]   // 추석 eve on Sunday 09-23
    [InlineData("2019-05-06", true)]   // 어린이날 on Sunday
    [InlineData("2020-01-27", true)]   // 설날 day after on Sunday
    [InlineData("2020-08-17", true)]   // 임시공휴일, not a substitute: 광복절 on a Saturday had none before 2021-08
    [InlineData("2021-08-16", true)]   // 광복절 on Sunday (2021-08-04 rule)
    [InlineData("2021-10-04", true)]   // 개천절 on Sunday
    [InlineData("2021-10-11", true)]   // 한글날 on Saturday
    [InlineData("2021-12-27", false)]  // 성탄절 on Saturday: no substitute before 2023-05
    [InlineData("2022-05-09", false)]  // 부처님오신날 on Sunday 05-08: no substitute before 2023-05
    [InlineData("2023-01-24", true)]   // 설날 on Sunday 01-22
    [InlineData("2023-05-29", true)]   // 부처님오신날 on Saturday (2023-05-04 rule)
    [InlineData("2027-12-27", true)]   // 성탄절 on Saturday
    [InlineData("2031-02-03", false)]  // 설날 block 01-22 … 01-24 has no Sunday
    public void IsHoliday_SubstituteRules_FollowTheRulesInForce(string date, bool expected) =>
        Assert.Equal(expected, KoreanCalendar.IsHoliday(D(date)));

    [Fact]
    public void HolidaysOf_ChuseokOnSaturdayBefore2014Rule_NoSubstituteForSaturday()
    {
        // 추석 eve 2015-09-26 was a Saturday: only the Sunday 09-27 gives a substitute, one day (09-29).
        var substitutes = KoreanCalendar.HolidaysOf(2015).Where(h => h.Kind == HolidayKind.Substitute).Select(h => h.Date);
        Assert.Equal([new DateOnly(2015, 9, 29)], substitutes);
    }

    [Theory]
    [InlineData(2020, 5, "2020-01-25", "2020-04-30", "2020-10-01")] // 윤4월
    [InlineData(2023, 3, "2023-01-22", "2023-05-27", "2023-09-29")] // 윤2월
    [InlineData(2017, 6, "2017-01-28", "2017-05-03", "2017-10-04")] // 윤5월
    [InlineData(2024, 0, "2024-02-10", "2024-05-15", "2024-09-17")]
    public void LunarHolidays_LeapMonthYear_LandOnThePublishedDates(int year, int leapMonth, string seollal, string buddha, string chuseok)
    {
        Assert.Equal(leapMonth, new KoreanLunisolarCalendar().GetLeapMonth(year));
        var holidays = KoreanCalendar.HolidaysOf(year);
        Assert.Equal(D(seollal), holidays.Single(h => h.NameKo == "설날").Date);
        Assert.Equal(D(buddha), holidays.Single(h => h.Key == "buddha").Date);
        Assert.Equal(D(chuseok), holidays.Single(h => h.NameKo == "추석").Date);
    }

    [Theory]
    [InlineData("2017-10-04", DayType.SundayOrHoliday)]
    [InlineData("2017-10-07", DayType.Saturday)]
    [InlineData("2017-10-10", DayType.Weekday)]
    [InlineData("2017-12-20", DayType.Weekday)]
    [InlineData("2017-12-23", DayType.Saturday)]
    [InlineData("2017-12-24", DayType.SundayOrHoliday)]
    [InlineData("2017-12-25", DayType.SundayOrHoliday)]
    [InlineData("2017-01-28", DayType.SundayOrHoliday)] // 설날 on a Saturday
    [InlineData("2024-10-01", DayType.SundayOrHoliday)]
    public void DayTypeOf_KnownDates_GivesDayType(string date, DayType expected) =>
        Assert.Equal(expected, KoreanCalendar.DayTypeOf(D(date)));

    [Fact]
    public void PeriodOf_Chuseok2017_IsTheTenDayBreak()
    {
        var b = KoreanCalendar.PeriodOf(new DateOnly(2017, 10, 4));

        Assert.NotNull(b);
        Assert.Equal(HolidayPeriod.Chuseok, b.Period);
        Assert.Equal(new DateOnly(2017, 9, 30), b.Start);
        Assert.Equal(new DateOnly(2017, 10, 9), b.End);
        Assert.Equal(10, b.Length);
        Assert.Equal(2, b.DayIndex(new DateOnly(2017, 10, 2)));
        Assert.Equal(0, b.OffsetFromMainDay(new DateOnly(2017, 10, 4)));
        Assert.Equal(b, KoreanCalendar.PeriodOf(new DateOnly(2017, 9, 30)));
        Assert.Null(KoreanCalendar.PeriodOf(new DateOnly(2017, 9, 29)));
        Assert.Null(KoreanCalendar.PeriodOf(new DateOnly(2017, 10, 10)));
    }

    [Theory]
    [InlineData(2017, "2017-01-27", "2017-01-30", "2017-09-30", "2017-10-09")]
    [InlineData(2024, "2024-02-09", "2024-02-12", "2024-09-14", "2024-09-18")]
    [InlineData(2025, "2025-01-25", "2025-01-30", "2025-10-03", "2025-10-09")]
    public void BreaksOf_Year_StretchOverAdjacentDaysOff(int year, string seollalStart, string seollalEnd, string chuseokStart, string chuseokEnd)
    {
        var breaks = KoreanCalendar.BreaksOf(year);

        Assert.Equal(
        [
            (HolidayPeriod.Seollal, D(seollalStart), D(seollalEnd)),
            (HolidayPeriod.Chuseok, D(chuseokStart), D(chuseokEnd)),
        ], breaks.Select(b => (b.Period, b.Start, b.End)));
    }

    [Theory]
    [InlineData("2024-09-17", "chuseok")]
    [InlineData("2024-09-15", null)]
    [InlineData("2024-09-19", null)]
    [InlineData("2017-10-09", "chuseok")]
    [InlineData("2031-12-25", "holiday")]
    [InlineData("2025-01-29", "seollal")]
    [InlineData("2025-01-27", "seollal")]
    public void HolidayGroupOf_KnownDates_NamesTheBreakOrHoliday(string date, string? expected) =>
        Assert.Equal(expected, KoreanCalendar.HolidayGroupOf(D(date)));

    [Fact]
    public void HolidaysOf_EveryCoveredYear_HasTheStatutoryHolidaysOnce()
    {
        for (var year = 2015; year <= 2035; year++)
        {
            var holidays = KoreanCalendar.HolidaysOf(year);
            var statutory = holidays.Where(h => h.Kind == HolidayKind.Statutory).ToList();
            Assert.Equal(15, statutory.Count);
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.Equal(2, KoreanCalendar.BreaksOf(year).Count);
            Assert.All(holidays.Where(h => h.Kind == HolidayKind.Substitute), h =>
                Assert.Equal(DayType.SundayOrHoliday, KoreanCalendar.DayTypeOf(h.Date)));
        }
    }

    [Fact]
    public void HolidaysOf_YearOutsideCoverage_IsEmpty()
    {
        Assert.False(KoreanCalendar.Covers(2060));
        Assert.Empty(KoreanCalendar.HolidaysOf(2060));
        Assert.Equal(DayType.Weekday, KoreanCalendar.DayTypeOf(new DateOnly(2060, 12, 27)));
    }
}
