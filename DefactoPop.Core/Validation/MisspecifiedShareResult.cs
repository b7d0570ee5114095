namespace DefactoPop.Core.Validation;

/// <summary>Mean absolute city-total error (domestic, %) when the true KT share differs from the assumed one.</summary>
public sealed record MisspecifiedShareResult(double TrueShare, double AssumedShare, double C1ErrorPct, double C2ErrorPct, double C3ErrorPct);
