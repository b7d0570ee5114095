using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Siting;

/// <summary>
/// A point of a siting layer: a facility, a crosswalk, a stop, a shop, a temperature sample. <see cref="Lon"/>/<see cref="Lat"/>
/// are WGS84 for the map; <see cref="At"/> the same point in metres (<see cref="SitingProjection"/>) for distances.
/// <see cref="Value"/> carries the layer's number (a crosswalk's road width in m, a temperature in °C, a route stop's order)
/// and <see cref="Capacity"/> a second one (lanes; a facility's capacity).
/// </summary>
public sealed record SitingPlace(string Id, string Name, double Lon, double Lat, SitePoint At)
{
    public string? Category { get; init; }
    public double? Value { get; init; }
    public double? Capacity { get; init; }

    public static SitingPlace Of(string id, string name, double lon, double lat) =>
        new(id, name, lon, lat, SitingProjection.ToMetres(lon, lat));
}

/// <summary>A zone the demand is counted in (집계구 or 행정동), at its centroid.</summary>
public sealed record SitingZone(string Code, string Name, string? ParentCode, double Lon, double Lat, SitePoint At)
{
    public static SitingZone Of(string code, string name, string? parentCode, double lon, double lat) =>
        new(code, name, parentCode, lon, lat, SitingProjection.ToMetres(lon, lat));
}

/// <summary>Metres on the equirectangular plane around Seoul's centre (<see cref="LocalProjection"/>; good to well under 1 % inside the city and its commuter belt).</summary>
public static class SitingProjection
{
    private static readonly LocalProjection s_metres = LocalProjection.MetresAround(37.55, 126.99);

    public static SitePoint ToMetres(double lon, double lat) => new(s_metres.X(lon), s_metres.Y(lat));

    public static (double Lon, double Lat) ToDegrees(SitePoint p) => (s_metres.Lon(p.X), s_metres.Lat(p.Y));
}
