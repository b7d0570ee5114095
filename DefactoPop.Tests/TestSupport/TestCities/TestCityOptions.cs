namespace DefactoPop.Tests.TestSupport.TestCities;

/// <summary>Shape of a grid test city. Defaults: 1,200 OAs of 178 m (Seoul's mean OA size), ~25 행정동, 4 자치구.</summary>
public sealed record TestCityOptions
{
    public int OaCount { get; init; } = 1200;
    public int Columns { get; init; } = 40;

    /// <summary>OAs per 행정동 block side (7 × 7 ≈ Seoul's 45 OAs per 행정동).</summary>
    public int DongSide { get; init; } = 7;

    /// <summary>행정동 blocks per 자치구 side.</summary>
    public int DongsPerGuSide { get; init; } = 3;

    public double OaSideM { get; init; } = 178;
    public int Seed { get; init; } = 7;

    /// <summary>Peak weekday in-commuters from outside the city, as a share of the register.</summary>
    public double InboundShare { get; init; } = 0.15;

    /// <summary>Short-term visitors, as a share of the register.</summary>
    public double ShortTermShare { get; init; } = 0.006;

    /// <summary>Whether in-commuters are also present at night (night shifts). Off by default: C2/C3 assume the night population equals the register, and any night surplus shows up one-for-one as a negative bias.</summary>
    public bool NightInbound { get; init; }

    /// <summary>SD of the per-OA gap between night presence and the register.</summary>
    public double NightRegisterSd { get; init; } = 0.04;

    /// <summary>Seoul-sized: 19,150 OAs, ~400 행정동, ~28 자치구.</summary>
    public static TestCityOptions FullSize { get; } = new() { OaCount = 19150, Columns = 175, DongSide = 7, DongsPerGuSide = 4 };
}
