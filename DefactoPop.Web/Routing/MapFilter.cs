using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

/// <summary>Everything the map view shows, as it appears in the URL.</summary>
public sealed record MapFilter
{
    public ZoneLevel Level { get; init; } = ZoneLevel.Dong;
    public MapMetric Metric { get; init; } = MapMetric.DeFacto;
    public DateOnly? Date { get; init; }
    public int Hour { get; init; } = 14;
    public Sex? Sex { get; init; }
    public AgeBand? Band { get; init; }
    public ClassificationMethod Method { get; init; } = ClassificationMethod.Quantile;
    public int Classes { get; init; } = 7;
    public string? Palette { get; init; }
    public string? Breaks { get; init; }
    public string? Gu { get; init; }
    public string? Zone { get; init; }
}
