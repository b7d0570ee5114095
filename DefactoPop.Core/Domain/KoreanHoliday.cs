namespace DefactoPop.Core.Domain;

/// <summary>How a day became a public holiday.</summary>
public enum HolidayKind
{
    /// <summary>A fixed-date or lunar holiday of the 관공서의 공휴일에 관한 규정.</summary>
    Statutory,

    /// <summary>대체공휴일: the first non-holiday after a holiday that fell on a weekend or on another holiday.</summary>
    Substitute,

    /// <summary>A national election day (공직선거법).</summary>
    Election,

    /// <summary>임시공휴일 designated once by the cabinet.</summary>
    Temporary,
}

/// <summary>The named holiday breaks of the year.</summary>
public enum HolidayPeriod
{
    None = 0,
    Seollal = 1,
    Chuseok = 2,
}

/// <summary>One public holiday: its date, kind, an English key (e.g. "chuseok", "substitute-seollal") and its names.</summary>
public sealed record KoreanHoliday(DateOnly Date, HolidayKind Kind, string Key, string NameKo, string NameEn);

/// <summary>
/// A 설날 or 추석 break: the three holidays with every adjacent day off (weekends, substitute and temporary holidays),
/// e.g. 추석 2017 from Saturday 09-30 to 한글날 10-09. <see cref="MainDay"/> is 설날 (lunar 1/1) or 추석 (lunar 8/15).
/// </summary>
public sealed record HolidayBreak(HolidayPeriod Period, DateOnly Start, DateOnly End, DateOnly MainDay)
{
    public int Length => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Day of the break, 0 for <see cref="Start"/>.</summary>
    public int DayIndex(DateOnly date) => date.DayNumber - Start.DayNumber;

    /// <summary>Days from <see cref="MainDay"/>: negative before it, 0 on it.</summary>
    public int OffsetFromMainDay(DateOnly date) => date.DayNumber - MainDay.DayNumber;

    public string Key => Period == HolidayPeriod.Seollal ? "seollal" : "chuseok";
}
