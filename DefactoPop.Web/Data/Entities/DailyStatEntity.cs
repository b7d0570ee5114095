namespace DefactoPop.Web.Data.Entities;

/// <summary>Daily mean, minimum and maximum of a zone's hourly total (all classes), kept up to date on load.</summary>
public sealed class DailyStatEntity
{
    public int ZoneId { get; set; }
    public int Day { get; set; }
    public double Mean { get; set; }
    public double Min { get; set; }
    public int MinHour { get; set; }
    public double Max { get; set; }
    public int MaxHour { get; set; }
    public int Hours { get; set; }
}
