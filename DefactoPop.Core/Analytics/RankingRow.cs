using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>One zone in the registered-vs-de-facto comparison.</summary>
public sealed record RankingRow(int Rank, Zone Zone, double? Registered, double? DeFacto, double? Ratio, double? Difference, double? DayNightRatio)
{
    public string Code => Zone.Code;
}
