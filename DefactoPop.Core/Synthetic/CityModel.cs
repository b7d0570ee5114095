using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// A synthetic Seoul: zones at every level with geometry, land use and the register.
/// Arrays over 집계구 are indexed by the position of the OA in <see cref="Oas"/>.
/// </summary>
public sealed class SyntheticCity : CityTables
{
    public required int Seed { get; init; }

    /// <summary>Dominant land use of each OA.</summary>
    public required LandUse[] OaLandUse { get; init; }

    /// <summary>GeoJSON geometry (WGS84, 5 decimals) per zone code, for every level.</summary>
    public required IReadOnlyDictionary<string, string> Geometry { get; init; }
}

/// <summary>The true population present in each OA during one hour.</summary>
public sealed class TruthHour
{
    public required HourSlot Slot { get; init; }

    /// <summary>Korean nationals present, [oa * 28 + stratum].</summary>
    public required float[] Domestic { get; init; }

    /// <summary>Long-term foreigners present, [oa * 2 + (int)Nationality].</summary>
    public required float[] LongTerm { get; init; }

    /// <summary>Short-term foreigners (visitors) present, [oa * 2 + (int)Nationality].</summary>
    public required float[] ShortTerm { get; init; }

    /// <summary>
    /// Where the Koreans present come from, when the truth model knows it (null for truth read back from files):
    /// the rest of <see cref="Domestic"/> are residents of the OA's own district (at home or on local trips).
    /// </summary>
    public TruthOrigins? Origins { get; init; }
}

/// <summary>
/// Breakdown of <see cref="TruthHour.Domestic"/> by origin, [oa * 28 + stratum]: <see cref="CityWide"/> are Seoul residents
/// on city-wide trips (drawn from every district in proportion to its residents), <see cref="Outside"/> are non-residents
/// from outside Seoul.
/// </summary>
public sealed record TruthOrigins(float[] CityWide, float[] Outside);
