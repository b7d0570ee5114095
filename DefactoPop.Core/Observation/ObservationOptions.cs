namespace DefactoPop.Core.Observation;

/// <summary>What KT sees of the population (methodology §1.2, §3.3). Values marked [R] in the methodology are assumptions.</summary>
public sealed record ObservationOptions
{
    /// <summary>KT share of subscribers (city mean). A person's share is that of the district where they live.</summary>
    public double MarketShare { get; init; } = 0.30;

    /// <summary>Amplitude of the smooth spatial variation of the share, as a fraction (±3 pp), averaged over each district's residents.</summary>
    public double MarketShareSpatialAmplitude { get; init; } = 0.03;

    /// <summary>Wavelength of the spatial variation, metres.</summary>
    public double MarketShareWavelengthM { get; init; } = 9000;

    /// <summary>
    /// KT share among Koreans living outside Seoul (경기, 인천 and elsewhere) who come in: they carry their own home's share,
    /// not Seoul's [R].
    /// </summary>
    public double InboundMarketShare { get; init; } = 0.28;

    /// <summary>Relative KT share by age band (14), mean ≈ 1.</summary>
    public IReadOnlyList<double> MarketShareByBand { get; init; } = DefaultShareByBand;

    public double LteShare { get; init; } = 0.90;
    public double SwitchedOnShare { get; init; } = 0.93;

    /// <summary>Share of phone owners carrying a second KT device.</summary>
    public double DualDeviceShare { get; init; } = 0.05;

    /// <summary>Phone ownership (a device registered to the person) by age band (14).</summary>
    public IReadOnlyList<double> OwnershipByBand { get; init; } = DefaultOwnership;

    /// <summary>KT share among long-term (registered) foreigners.</summary>
    public double LongTermMarketShare { get; init; } = 0.30;

    /// <summary>KT share of inbound roamers, Chinese then other.</summary>
    public IReadOnlyList<double> RoamingShare { get; init; } = DefaultRoaming;

    /// <summary>Probability that a cell has an outage on a given day; the outage lasts 2-6 hours.</summary>
    public double OutageProbabilityPerDay { get; init; } = 0.01;

    public static IReadOnlyList<double> DefaultShareByBand { get; } =
        [1.00, 1.04, 1.06, 0.96, 0.95, 0.98, 1.00, 1.01, 1.02, 1.02, 1.01, 1.00, 0.99, 0.97];

    public static IReadOnlyList<double> DefaultOwnership { get; } =
        [0.25, 0.80, 0.95, 0.98, 0.98, 0.98, 0.98, 0.97, 0.97, 0.96, 0.95, 0.93, 0.90, 0.72];

    public static IReadOnlyList<double> DefaultRoaming { get; } = [0.28, 0.32];
}
