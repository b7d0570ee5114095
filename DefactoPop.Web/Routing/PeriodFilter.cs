using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

/// <summary>Filters of the overview and swings pages: a period and (for swings) a level.</summary>
public sealed record PeriodFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public ZoneLevel Level { get; init; } = ZoneLevel.Gu;
}
