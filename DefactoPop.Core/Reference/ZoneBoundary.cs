using DefactoPop.Core.Domain;
using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Reference;

/// <summary>One zone read from a boundary file. Geometry is WGS84 lon/lat; area is measured in EPSG:5179.</summary>
public sealed record ZoneBoundary(
    string Code,
    ZoneLevel Level,
    string NameKo,
    string? NameEn,
    Geometry Geometry,
    double AreaKm2,
    string? StatCode,
    string? ParentCode)
{
    public Zone ToZone() => new(Code, Level, NameKo, NameEn, AreaKm2, ParentCode) { StatCode = StatCode };
}
