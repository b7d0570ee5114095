namespace DefactoPop.Web.Services;

/// <summary>One zone in the registered-vs-de-facto comparison; null where a figure is unknown (never loaded).</summary>
public sealed record RankingRow(int Rank, string Code, string Name, double? Registered, double? DeFacto, double? Ratio, double? Difference, double? DayNightRatio);
