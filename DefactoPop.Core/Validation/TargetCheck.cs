namespace DefactoPop.Core.Validation;

/// <summary>One methodology §3.5 target: the measured value, the target as text and whether it is met.</summary>
public sealed record TargetCheck(string Name, double Value, string Target, bool Met);
