namespace DefactoPop.Core.Validation;

/// <summary>Mean absolute city-total error (domestic, %) of each expansion variant with the correct KT share.</summary>
public sealed record ExpansionErrors(double C1ErrorPct, double C2ErrorPct, double C3ErrorPct);
