namespace DefactoPop.Web.Services;

/// <summary>A zone ranked by a foreign-population measure.</summary>
public sealed record Hotspot(int Rank, string Code, string Name, double Value, double? Share);
