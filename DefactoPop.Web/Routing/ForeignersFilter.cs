using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

public sealed record ForeignersFilter
{
    public ZoneLevel Level { get; init; } = ZoneLevel.Dong;
    public int Hour { get; init; } = 14;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Top { get; init; } = 10;

    /// <summary>The filter of the query values; output areas are shown as dongs, top is 1 to 50.</summary>
    public static ForeignersFilter Parse(string? level, int? hour, int? top, string? from, string? to)
    {
        var d = new ForeignersFilter();
        return new()
        {
            Level = QueryValues.LevelUpToDong(level, d.Level),
            Hour = QueryValues.Hour(hour) ?? d.Hour,
            Top = top is >= 1 and <= 50 ? top.Value : d.Top,
            From = QueryValues.Date(from),
            To = QueryValues.Date(to),
        };
    }
}
