using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Observation;

/// <summary>
/// Synthetic cell plan and mobloc-style coverage model. Defaults follow mobloc (methodology §2.2) except transmit power,
/// which is set per site so the dominance midpoint sits at <see cref="MidRangeSpacings"/> × the local site spacing
/// (dense urban cells are small cells).
/// </summary>
public sealed record NetworkOptions
{
    /// <summary>Number of sites; null scales Seoul's ≈6,000 sites to the city's OA count.</summary>
    public int? SiteCount { get; init; }

    /// <summary>Seoul: ≈6,000 KT sites for 19,153 OAs.</summary>
    public double SitesPerOa { get; init; } = 6000.0 / 19153.0;

    public int SectorsPerSite { get; init; } = 3;

    /// <summary>Extra site density per unit office + commercial floor share (1 + boost × share).</summary>
    public double OfficeDensityBoost { get; init; } = 2.0;

    public double HeightM { get; init; } = 30;
    public double HorizontalBeamDeg { get; init; } = 65;

    /// <summary>The true network's radio (tilt, vertical beam, path loss, dominance): mobloc's defaults, the estimator's assumptions too.</summary>
    public SignalParameters Signal { get; init; } = new();

    /// <summary>Distance, in local site spacings, at which a sector's on-axis signal equals the dominance midpoint.</summary>
    public double MidRangeSpacings { get; init; } = 1.2;

    /// <summary>Candidate sites are searched within this many median spacings of an OA.</summary>
    public double SearchRadiusSpacings { get; init; } = 3;

    /// <summary>Shadow fading of the true coverage (standard deviation, dB), which no planning tool knows: P differs from the estimator's P*.</summary>
    public double ShadowFadingDb { get; init; } = 6;
}
