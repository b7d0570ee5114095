using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Mean present population of one class over a period and its share of the total; both null when the class was never loaded.</summary>
public sealed record ClassShare(PopulationClass Class, double? Mean, double? Share);
