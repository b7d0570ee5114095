namespace DefactoPop.Web.Services;

/// <summary>A zone's typical daily swing: the usual hours of its min and max and the mean amplitude.</summary>
public sealed record ZoneSwing(string Code, string Name, int MinHour, int MaxHour, double MeanMin, double MeanMax, double Amplitude, double RelativeAmplitude);
