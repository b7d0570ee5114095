namespace DefactoPop.Core.Analytics;

/// <summary>Day/night ratio: present at 14:00 over present at 03:00 (by default), averaged over the chosen days.</summary>
public static class DayNight
{
    public const int DayHour = 14;
    public const int NightHour = 3;

    public static double? Ratio(double? day, double? night) =>
        day is { } d && night is { } n && double.IsFinite(d) && double.IsFinite(n) && n > 0 ? d / n : null;
}
