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
    public double TiltDeg { get; init; } = 5;
    public double HorizontalBeamDeg { get; init; } = 65;
    public double VerticalBeamDeg { get; init; } = 9;
    public double FrontBackDb { get; init; } = 30;
    public double PathLossExponent { get; init; } = 3.75;

    /// <summary>Dominance midpoint, dBm, and steepness per dB.</summary>
    public double SMid { get; init; } = -92.5;
    public double SSteep { get; init; } = 0.2;

    /// <summary>Distance, in local site spacings, at which a sector's on-axis signal equals <see cref="SMid"/>.</summary>
    public double MidRangeSpacings { get; init; } = 1.2;

    public double DominanceThreshold { get; init; } = 0.005;

    /// <summary>Cells kept per OA (the strongest), 5-15 in practice.</summary>
    public int MaxCellsPerOa { get; init; } = 10;

    /// <summary>Candidate sites are searched within this many median spacings of an OA.</summary>
    public double SearchRadiusSpacings { get; init; } = 3;

    /// <summary>Shadow fading of the true coverage (standard deviation, dB), which no planning tool knows: P differs from the estimator's P*.</summary>
    public double ShadowFadingDb { get; init; } = 6;
}
