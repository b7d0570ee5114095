using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Entities;

/// <summary>A zone. Ids are dense per level (city 0, 자치구 1-99, 행정동 100-999, 집계구 1000-32767) and form the low bits of cell keys.</summary>
public sealed class ZoneEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public ZoneLevel Level { get; set; }
    public required string NameKo { get; set; }
    public string? NameEn { get; set; }
    public double AreaKm2 { get; set; }
    public int? ParentId { get; set; }
    public string? StatCode { get; set; }

    /// <summary>GeoJSON geometry in WGS84, 5 decimals.</summary>
    public string? Geometry { get; set; }
}
