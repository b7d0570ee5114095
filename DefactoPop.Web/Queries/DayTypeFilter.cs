namespace DefactoPop.Web.Queries;

/// <summary>Which days a comparison averages over.</summary>
public enum DayTypeFilter
{
    All = 0,
    Weekday,
    Weekend,
    Holiday,
}
