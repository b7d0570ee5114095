namespace DefactoPop.Core.Analytics;

/// <summary>One legend row: colour and the value range [From, To) of a class.</summary>
public sealed record LegendEntry(string Color, double? From, double? To, int Count);
