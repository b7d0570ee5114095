using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>A zone ranked by a foreign-population measure.</summary>
public sealed record Hotspot(int Rank, Zone Zone, double Value, double? Share)
{
    public string Code => Zone.Code;
}
