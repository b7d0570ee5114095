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

/// <summary>Metres on an equirectangular plane around Seoul's centre (good to well under 1 % inside the city and its commuter belt).</summary>
public static class SitingProjection
{
    private const double Lat0 = 37.55;
    private const double Lon0 = 126.99;
    private const double MetresPerDegreeLat = 110_940.0;
    private static readonly double MetresPerDegreeLon = 111_320.0 * Math.Cos(Lat0 * Math.PI / 180.0);

    public static SitePoint ToMetres(double lon, double lat) => new((lon - Lon0) * MetresPerDegreeLon, (lat - Lat0) * MetresPerDegreeLat);

    public static (double Lon, double Lat) ToDegrees(SitePoint p) => (Lon0 + p.X / MetresPerDegreeLon, Lat0 + p.Y / MetresPerDegreeLat);
}
