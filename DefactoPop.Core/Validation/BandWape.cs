namespace DefactoPop.Core.Validation;

/// <summary>WAPE (%) at 행정동 for the bands without own phones (both sexes).</summary>
public sealed record BandWape(double Age0To9, double Age70Plus);
