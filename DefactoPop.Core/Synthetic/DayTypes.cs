namespace DefactoPop.Core.Synthetic;

/// <summary>The 2017 calendar of days off (Chuseok break, Christmas, weekends).</summary>
public static class DayTypes
{
    public const int Count = 4;

    public static DayType Of(DateOnly date)
    {
        if (IsChuseok(date))
            return DayType.Chuseok;
        if (date.DayOfWeek == DayOfWeek.Sunday || SeoulFacts.OtherHolidays.Contains(date))
            return DayType.SundayOrHoliday;
        return date.DayOfWeek == DayOfWeek.Saturday ? DayType.Saturday : DayType.Weekday;
    }

    public static bool IsChuseok(DateOnly date) => date >= SeoulFacts.ChuseokStart && date <= SeoulFacts.ChuseokEnd;

    /// <summary>Day of the Chuseok break, 0 for 09-30 … 9 for 10-09, or -1 outside it.</summary>
    public static int ChuseokDay(DateOnly date) =>
        IsChuseok(date) ? date.DayNumber - SeoulFacts.ChuseokStart.DayNumber : -1;
}
