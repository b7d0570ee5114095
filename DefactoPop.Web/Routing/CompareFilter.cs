using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

public sealed record CompareFilter
{
    public ZoneLevel Level { get; init; } = ZoneLevel.Gu;
    /// <summary>Null = daily mean.</summary>
    public int? Hour { get; init; }
    public DayTypeFilter Days { get; init; } = DayTypeFilter.All;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The filter of the query values; output areas are shown as dongs, invalid values fall back to defaults.</summary>
    public static CompareFilter Parse(string? level, int? hour, string? days, string? from, string? to) => new()
    {
        Level = QueryValues.LevelUpToDong(level, ZoneLevel.Gu),
        Hour = QueryValues.Hour(hour),
        Days = DayTypeFilters.ParseOrDefault(days),
        From = QueryValues.Date(from),
        To = QueryValues.Date(to),
    };
}
