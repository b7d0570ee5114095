namespace DefactoPop.Web.Services;

/// <summary>Mean daily city population of a kind of day against the weekday baseline.</summary>
public sealed record CalendarEffect(string Key, int Days, double MeanPresent, double Difference, double DifferencePct);
