namespace DefactoPop.Core.Estimation;

/// <summary>Foreigners: long-term by ratio to the register per nationality; short-term by the KT share of inbound roamers.</summary>
public sealed record ForeignOptions
{
    /// <summary>Assumed KT share of inbound roamers, Chinese then other (anchored on entry statistics).</summary>
    public IReadOnlyList<double> RoamingShare { get; init; } = [0.28, 0.32];

    /// <summary>Fallback detection of long-term foreigners when the calibration nights saw none.</summary>
    public double LongTermDetection { get; init; } = 0.30 * 0.90 * 0.93;
}
