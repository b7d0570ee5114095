using DefactoPop.Web.Services;

namespace DefactoPop.Web.Queries;

/// <summary>The holiday calendar as the analytics in Core ask for it: one place that maps a date to its kind of day.</summary>
public static class DayKinds
{
    /// <summary>The calendar-effect key of a date: a holiday's name, "weekend", or "weekday".</summary>
    public static string EffectKey(DateOnly date) =>
        HolidayCalendar.NameOf(date) ?? (HolidayCalendar.DayTypeOf(date) == DayType.Weekend ? CalendarEffect.Weekend : CalendarEffect.Weekday);

    /// <summary>The day type of a day off, or null for a working day (for shading).</summary>
    public static DayType? OffType(DateOnly date) =>
        HolidayCalendar.DayTypeOf(date) is var t && t != DayType.Weekday ? t : null;
}
