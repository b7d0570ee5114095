namespace DefactoPop.Core.Estimation;

/// <summary>The estimator's published detection figures (C1) and the calibration settings (C2/C3).</summary>
public sealed record ExpansionOptions
{
    public ExpansionMethod Method { get; init; } = ExpansionMethod.C3;

    /// <summary>Assumed KT share, LTE share, switched-on share, dual devices and ownership by band (C1 and C3 prior).</summary>
    public double MarketShare { get; init; } = 0.30;
    public double LteShare { get; init; } = 0.90;
    public double SwitchedOnShare { get; init; } = 0.93;
    public double DualDeviceShare { get; init; } = 0.05;
    public IReadOnlyList<double> OwnershipByBand { get; init; } = [0.25, 0.80, 0.95, 0.98, 0.98, 0.98, 0.98, 0.97, 0.97, 0.96, 0.95, 0.93, 0.90, 0.72];

    /// <summary>Empirical-Bayes strength, in night devices: a zone with this many devices gets half its own factor.</summary>
    public double ShrinkageDevices { get; init; } = 30;

    /// <summary>k is kept within [low, high] × the parent (행정동) factor.</summary>
    public double ClipLow { get; init; } = 0.5;
    public double ClipHigh { get; init; } = 1.5;

    /// <summary>
    /// Night population present per registered resident (census night population / register), when known.
    /// C2/C3 calibrate to register × this ratio; with 1 any unregistered night presence becomes a bias of the same size.
    /// </summary>
    public double NightPresenceRatio { get; init; } = 1.0;

    /// <summary>
    /// Stated precision of the night target as the city's level at 04:00: usual residents are not who is present then
    /// (night 생활인구 exceeds the register by 13.6 % for people in their 20s and 22 % for 60+, methodology §C2), so 10 %.
    /// </summary>
    public double LevelCvTarget { get; init; } = 0.10;

    /// <summary>
    /// Stated precision of the detection rates as the level; 0 (the default) switches the combination off and the level
    /// is the night target's alone. With the operator's published rates and subscriber base it is
    /// <see cref="PublishedDetectionCv"/>: five rates and a share, each stated to a few percent.
    /// </summary>
    public double LevelCvDetection { get; init; }

    /// <summary>The detection level's stated precision when the rates are the operator's published ones (5 %).</summary>
    public const double PublishedDetectionCv = 0.05;

    /// <summary>
    /// Detection belongs to people, not places: a zone's night factor k[z,s] describes who spends the night there. Devices
    /// above a zone's night count (arrivals: commuters, shoppers, visitors from anywhere) are expanded with the city's factor
    /// for the stratum instead; a zone's own factor applies to at most its night count. Off: every device gets k[z,s].
    /// </summary>
    public bool ArrivalsAtCityFactor { get; init; } = true;

    /// <summary>Calibration hour (nearly everyone at home).</summary>
    public int CalibrationHour { get; init; } = 4;

    /// <summary>Global factor for a band: 1 / (m · r_LTE · r_on · ownership · (1 + dual)).</summary>
    public double GlobalFactor(int band) =>
        1.0 / (MarketShare * LteShare * SwitchedOnShare * OwnershipByBand[band] * (1 + DualDeviceShare));
}
