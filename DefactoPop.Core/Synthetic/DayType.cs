namespace DefactoPop.Core.Synthetic;

/// <summary>Kind of day for the movement model.</summary>
public enum DayType
{
    Weekday = 0,
    Saturday = 1,
    SundayOrHoliday = 2,
    Chuseok = 3,
}
