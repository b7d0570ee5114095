using DefactoPop.Core.Reference;

// Points are WGS84 degrees.

namespace DefactoPop.Core.Import.Layers;

/// <summary>The auxiliary point layers the siting workbenches read.</summary>
public enum PointLayerKind
{
    /// <summary>그늘막 (shade canopies).</summary>
    ShadeCanopy,

    /// <summary>무더위쉼터 (heat shelters; mostly 경로당 and 복지관).</summary>
    HeatShelter,

    /// <summary>버스정류소.</summary>
    BusStop,

    /// <summary>기상관측소 with a temperature.</summary>
    WeatherStation,

    /// <summary>횡단보도 (Value = road width m, Capacity = lanes).</summary>
    Crosswalk,

    /// <summary>A stop of a bus route (Category = route id, Value = order, Capacity = seats per hour; DongCode = origin city).</summary>
    BusRouteStop,

    /// <summary>A sample of a land-surface temperature field (Value = °C).</summary>
    SurfaceTemperature,

    /// <summary>A shop (Category = fastfood or cosmetics).</summary>
    Shop,
}

/// <summary>
/// One point of a layer, in WGS84. <see cref="Category"/> is the file's own type (그늘막(고정형), 회원이용시설, 중앙차로 …);
/// <see cref="DongCode"/> the 8-digit 행정동 code where the file gives one; <see cref="Until"/> null when open-ended
/// (the sentinel 99991231); <see cref="Value"/> a station's temperature (°C).
/// </summary>
public sealed record LayerPoint(string Id, string Name, double Lon, double Lat, long Line)
{
    public string? Category { get; init; }
    public string? DongCode { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public double? Capacity { get; init; }
    public double? Value { get; init; }
    public string? Address { get; init; }

    /// <summary>True for a senior facility (경로당 or 복지관) by its name, as the shelter lists do not say so otherwise.</summary>
    public bool IsSeniorFacility => Name.Contains("경로당", StringComparison.Ordinal) || Name.Contains("경노당", StringComparison.Ordinal)
        || Name.Contains("복지관", StringComparison.Ordinal);
}

/// <summary>
/// A layer read from a file: its kind, points, the coordinate system its projected coordinates were in (if any), and
/// the rows left out with the reason (coordinates outside Seoul: typos such as 124.04 for 127.04, or placeholders).
/// </summary>
public sealed record PointLayer(PointLayerKind Kind, string FileName, IReadOnlyList<LayerPoint> Points, ProjectedCrs? SourceCrs)
{
    public IReadOnlyList<ImportIssue> LeftOut { get; init; } = [];
}
