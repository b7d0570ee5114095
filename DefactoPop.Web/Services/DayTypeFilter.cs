namespace DefactoPop.Web.Services;

/// <summary>Which days a comparison averages over.</summary>
public enum DayTypeFilter
{
    All = 0,
    Weekday,
    Weekend,
    Holiday,
}
