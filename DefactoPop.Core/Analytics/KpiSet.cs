using DefactoPop.Core.Abstractions;

namespace DefactoPop.Core.Analytics;

/// <summary>Headline figures of the overview.</summary>
/// <param name="Registered">Null when no register is loaded.</param>
public sealed record KpiSet(double? Registered, double? Mean, SlotValue? Max, SlotValue? Min, double? Swing, double? Ratio, int Days);
