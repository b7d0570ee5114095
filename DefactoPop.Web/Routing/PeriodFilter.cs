using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

/// <summary>Filters of the overview and swings pages: a period and (for swings) a level.</summary>
public sealed record PeriodFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public ZoneLevel Level { get; init; } = ZoneLevel.Gu;

    /// <summary>The filter of the query values; output areas are shown as dongs.</summary>
    public static PeriodFilter Parse(string? from, string? to, string? level = null) => new()
    {
        From = QueryValues.Date(from),
        To = QueryValues.Date(to),
        Level = QueryValues.LevelUpToDong(level, ZoneLevel.Gu),
    };
}
