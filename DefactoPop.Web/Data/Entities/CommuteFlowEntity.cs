namespace DefactoPop.Web.Data.Entities;

/// <summary>A cell of a commuter OD product (수도권 생활이동 layout): origin city → 행정동, arrival hour, sex, age group; Movers null where masked.</summary>
public sealed class CommuteFlowEntity
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string Origin { get; set; }
    public required string Destination { get; set; }
    public int Day { get; set; }
    public int Hour { get; set; }
    public int Sex { get; set; }
    public int AgeGroup { get; set; }
    public double? Movers { get; set; }
    public double MeanMinutes { get; set; }
}
