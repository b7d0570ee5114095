namespace DefactoPop.Core.Analytics;

/// <summary>Mean daily city population of a kind of day against the weekday baseline.</summary>
/// <param name="Key">The kind of day: <see cref="Weekday"/>, <see cref="Weekend"/> or a holiday key ("chuseok", "seollal", "holiday").</param>
public sealed record CalendarEffect(string Key, int Days, double MeanPresent, double Difference, double DifferencePct)
{
    /// <summary>The baseline kind: an ordinary working day.</summary>
    public const string Weekday = "weekday";

    /// <summary>A Saturday or Sunday that is not a holiday.</summary>
    public const string Weekend = "weekend";
}
