namespace DefactoPop.Core.Estimation;

/// <summary>
/// Foreigners: long-term by ratio to the register per nationality (combined with the published detection rates when the
/// operator published them); short-term by the KT share of inbound roamers.
/// </summary>
public sealed record ForeignOptions
{
    /// <summary>Assumed KT share of inbound roamers, Chinese then other (anchored on entry statistics).</summary>
    public IReadOnlyList<double> RoamingShare { get; init; } = [0.28, 0.32];

    /// <summary>
    /// Stated precision of the foreigner register as the level of long-term foreigners present: Seoul's own 2017
    /// release counted about 420 k long-term foreigners present on average (620 k foreigners, 200 k of them
    /// short-term; methodology §1.3) against 275 k registered foreigners (2018 Q2), so the register is a weak reading (35 %).
    /// </summary>
    public double RegisterLevelCv { get; init; } = 0.35;

    /// <summary>Fallback detection of long-term foreigners when the calibration nights saw none.</summary>
    public double LongTermDetection { get; init; } = 0.30 * 0.90 * 0.93;
}
