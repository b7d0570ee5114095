namespace DefactoPop.Web.Data.Entities;

/// <summary>A point of an auxiliary layer (그늘막, 무더위쉼터, 버스정류소, 관측소), WGS84, from the file it was loaded from.</summary>
public sealed class PlacePointEntity
{
    public long Id { get; set; }
    public int Kind { get; set; }
    public required string Source { get; set; }
    public required string ExternalId { get; set; }
    public required string Name { get; set; }
    public double Lon { get; set; }
    public double Lat { get; set; }
    public string? Category { get; set; }
    public string? DongCode { get; set; }
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }
    public double? Capacity { get; set; }
    public double? Value { get; set; }
}
