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

    /// <summary>The filter of a query; invalid values fall back to defaults.</summary>
    public static MapFilter Parse(MapQuery q)
    {
        var d = new MapFilter();
        return new()
        {
            Level = QueryValues.Level(q.Level, d.Level),
            Metric = MapMetrics.ParseOrDefault(q.Metric),
            Date = QueryValues.Date(q.Date),
            Hour = QueryValues.Hour(q.Hour) ?? d.Hour,
            Sex = QueryValues.Sex(q.Sex),
            Band = QueryValues.Band(q.Band),
            Method = QueryValues.Method(q.Method),
            Classes = q.Classes is >= 2 and <= ClassCodes.MaxClasses ? q.Classes.Value : d.Classes,
            Palette = string.IsNullOrEmpty(q.Palette) ? null : q.Palette,
            Breaks = string.IsNullOrWhiteSpace(q.Breaks) ? null : q.Breaks,
            Gu = ZoneCodes.IsGu(q.Gu ?? "") ? q.Gu : null,
            Zone = string.IsNullOrEmpty(q.Zone) ? null : q.Zone,
        };
    }
}
