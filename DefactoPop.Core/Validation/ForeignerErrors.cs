namespace DefactoPop.Core.Validation;

/// <summary>Mean absolute city-total errors (%) for foreigners and the error of the Chinese share of all foreigners (percentage points).</summary>
public sealed record ForeignerErrors(double LongTermErrorPct, double ShortTermErrorPct, double ChineseShareErrorPp);
