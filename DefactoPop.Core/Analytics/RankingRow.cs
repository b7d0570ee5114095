using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>One zone in the registered-vs-de-facto comparison.</summary>
public sealed record RankingRow(int Rank, Zone Zone, double? Registered, double? DeFacto, double? Ratio, double? Difference, double? DayNightRatio)
{
    public string Code => Zone.Code;

    /// <summary>90 % bounds of <see cref="DeFacto"/> (the mean of the hourly bounds); null when the data has none.</summary>
    public double? Lower { get; init; }
    public double? Upper { get; init; }
}
