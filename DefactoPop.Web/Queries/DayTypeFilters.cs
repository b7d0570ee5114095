using DefactoPop.Web.Services;

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
        DayTypeFilter.Weekday => HolidayCalendar.DayTypeOf(date) == DayType.Weekday,
        DayTypeFilter.Weekend => HolidayCalendar.DayTypeOf(date) == DayType.Weekend,
        DayTypeFilter.Holiday => HolidayCalendar.DayTypeOf(date) == DayType.Holiday,
        _ => false,
    };
}
