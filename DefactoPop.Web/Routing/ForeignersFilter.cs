using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

public sealed record ForeignersFilter
{
    public ZoneLevel Level { get; init; } = ZoneLevel.Dong;
    public int Hour { get; init; } = 14;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Top { get; init; } = 10;
}
