using DefactoPop.Core.Analytics;
using KoreanCalendar = DefactoPop.Core.Domain.KoreanCalendar;

namespace DefactoPop.Web.Queries;

/// <summary>The Korean calendar as the analytics in Core ask for it: one place that maps a date to its kind of day.</summary>
public static class DayKinds
{
    /// <summary>The calendar-effect key of a date: a holiday group ("chuseok", "seollal", "holiday"), "weekend", or "weekday".</summary>
    public static string EffectKey(DateOnly date) =>
        KoreanCalendar.HolidayGroupOf(date) ?? (KoreanCalendar.IsPlainWeekend(date) ? CalendarEffect.Weekend : CalendarEffect.Weekday);

    /// <summary>For shading: true for a holiday, false for a plain weekend day, null for a working day.</summary>
    public static bool? OffType(DateOnly date) =>
        KoreanCalendar.IsDayOff(date) ? KoreanCalendar.IsHoliday(date) : null;
}
