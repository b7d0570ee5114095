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
}
