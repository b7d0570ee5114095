namespace DefactoPop.Core.Analytics;

/// <summary>Values by date (rows) and hour (24 columns); null where missing.</summary>
public sealed record HourDayMatrix(IReadOnlyList<DateOnly> Dates, double?[][] Values);
