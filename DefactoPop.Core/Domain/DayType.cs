namespace DefactoPop.Core.Domain;

/// <summary>Kind of day in the Korean calendar: the three day types the published tables and the models tell apart.</summary>
public enum DayType
{
    Weekday = 0,
    Saturday = 1,
    SundayOrHoliday = 2,
}
