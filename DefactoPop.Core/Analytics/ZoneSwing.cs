using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>A zone's typical daily swing: the usual hours of its min and max and the mean amplitude.</summary>
public sealed record ZoneSwing(Zone Zone, int MinHour, int MaxHour, double MeanMin, double MeanMax, double Amplitude, double RelativeAmplitude)
{
    public string Code => Zone.Code;
}
