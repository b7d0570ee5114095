namespace DefactoPop.Web.Services;

/// <summary>Korean public holidays: fixed-date ones for any year, lunar ones and substitutes for 2023-2026.</summary>
public static class HolidayCalendar
{
    private static readonly (int Month, int Day)[] s_fixed = [(1, 1), (3, 1), (5, 5), (6, 6), (8, 15), (10, 3), (10, 9), (12, 25)];

    private static readonly Dictionary<DateOnly, string> s_named = Build();

    public static bool IsHoliday(DateOnly date) =>
        s_named.ContainsKey(date) || s_fixed.Contains((date.Month, date.Day));

    /// <summary>"chuseok", "seollal" or "holiday" for a holiday; null otherwise.</summary>
    public static string? NameOf(DateOnly date) =>
        s_named.TryGetValue(date, out var n) ? n : s_fixed.Contains((date.Month, date.Day)) ? "holiday" : null;

    public static DayType DayTypeOf(DateOnly date) =>
        IsHoliday(date) ? DayType.Holiday
        : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayType.Weekend
        : DayType.Weekday;

    private static Dictionary<DateOnly, string> Build()
    {
        var d = new Dictionary<DateOnly, string>();
        void Add(string name, int y, int m, int day, int count = 1)
        {
            for (var i = 0; i < count; i++)
                d[new DateOnly(y, m, day).AddDays(i)] = name;
        }
        Add("seollal", 2023, 1, 21, 4);
        Add("chuseok", 2023, 9, 28, 3);
        Add("holiday", 2023, 5, 27);
        Add("holiday", 2023, 5, 29);
        Add("holiday", 2023, 10, 2);
        Add("seollal", 2024, 2, 9, 4);
        Add("chuseok", 2024, 9, 16, 3);
        Add("holiday", 2024, 4, 10);
        Add("holiday", 2024, 5, 6);
        Add("holiday", 2024, 5, 15);
        Add("holiday", 2024, 10, 1);
        Add("seollal", 2025, 1, 27, 4);
        Add("chuseok", 2025, 10, 5, 4);
        Add("holiday", 2025, 3, 3);
        Add("holiday", 2025, 5, 6);
        Add("holiday", 2025, 6, 3);
        Add("seollal", 2026, 2, 16, 3);
        Add("chuseok", 2026, 9, 24, 3);
        Add("holiday", 2026, 5, 25);
        return d;
    }
}
