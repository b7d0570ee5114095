namespace DefactoPop.Web.Services;

public enum DayType
{
    Weekday = 0,
    Weekend = 1,
    Holiday = 2,
}
