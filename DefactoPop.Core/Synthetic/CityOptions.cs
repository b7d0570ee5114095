namespace DefactoPop.Core.Synthetic;

/// <summary>Size of the synthetic city. The population is always Seoul's; only the zoning gets coarser.</summary>
public sealed record CityOptions
{
    /// <summary>Seoul's real number of 집계구 (2016 SGIS).</summary>
    public const int SeoulOaCount = 19_153;

    /// <summary>Number of 집계구 to build (about 500 residents each at full size); at least one per 행정동.</summary>
    public int OaTarget { get; init; } = SeoulOaCount;

    public static CityOptions Default { get; } = new();
}
