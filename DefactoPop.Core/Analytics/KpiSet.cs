using DefactoPop.Core.Abstractions;

namespace DefactoPop.Core.Analytics;

/// <summary>Headline figures of the overview.</summary>
public sealed record KpiSet(double Registered, double? Mean, SlotValue? Max, SlotValue? Min, double? Swing, double? Ratio, int Days);
