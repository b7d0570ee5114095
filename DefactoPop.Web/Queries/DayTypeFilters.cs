using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Queries;

public static class DayTypeFilters
{
    public static string Key(this DayTypeFilter f) => f switch
    {
        DayTypeFilter.Weekday => "weekday",
        DayTypeFilter.Weekend => "weekend",
        DayTypeFilter.Holiday => "holiday",
        _ => "all",
    };

    public static DayTypeFilter ParseOrDefault(string? key) => key?.ToLowerInvariant() switch
    {
        "weekday" => DayTypeFilter.Weekday,
        "weekend" => DayTypeFilter.Weekend,
        "holiday" => DayTypeFilter.Holiday,
        _ => DayTypeFilter.All,
    };

    public static bool Matches(this DayTypeFilter f, DateOnly date) => f switch
    {
        DayTypeFilter.All => true,
        DayTypeFilter.Weekday => KoreanCalendar.DayTypeOf(date) == DayType.Weekday,
        DayTypeFilter.Weekend => KoreanCalendar.IsPlainWeekend(date),
        DayTypeFilter.Holiday => KoreanCalendar.IsHoliday(date),
        _ => false,
    };
}
