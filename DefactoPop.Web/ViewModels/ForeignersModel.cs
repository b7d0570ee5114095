namespace DefactoPop.Web.ViewModels;

/// <param name="HourlyChinese">Mean short-term Chinese visitors by hour of day (24).</param>
/// <param name="HourlyOther">Mean short-term other visitors by hour of day (24).</param>
/// <param name="ShortChinese">City means of each class and nationality; null when never loaded.</param>
public sealed record ForeignersModel(
    IReadOnlyList<Hotspot> ChineseHotspots,
    IReadOnlyList<Hotspot> LongTermConcentration,
    double?[] HourlyChinese,
    double?[] HourlyOther,
    double? ShortChinese,
    double? ShortOther,
    double? LongChinese,
    double? LongOther);
