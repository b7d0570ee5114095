using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// A synthetic Seoul: zones at every level with geometry, land use and the register.
/// Arrays over 집계구 are indexed by the position of the OA in <see cref="Oas"/>.
/// </summary>
public sealed class SyntheticCity
{
    public required int Seed { get; init; }
    public required IReadOnlyList<Zone> Districts { get; init; }
    public required IReadOnlyList<Zone> Dongs { get; init; }
    public required IReadOnlyList<Zone> Oas { get; init; }

    /// <summary>Index into <see cref="Dongs"/> of each OA's parent.</summary>
    public required int[] OaDong { get; init; }

    /// <summary>Index into <see cref="Districts"/> of each dong's parent.</summary>
    public required int[] DongDistrict { get; init; }

    /// <summary>Centroid latitude and longitude of each OA (WGS84).</summary>
    public required double[] OaLat { get; init; }
    public required double[] OaLon { get; init; }

    /// <summary>Dominant land use of each OA.</summary>
    public required LandUse[] OaLandUse { get; init; }

    /// <summary>Floor-area shares by land use, [oa * 5 + (int)LandUse], each OA summing to 1.</summary>
    public required float[] OaLandUseShares { get; init; }

    /// <summary>Registered Korean residents, [oa * 28 + stratum].</summary>
    public required float[] RegisteredDomestic { get; init; }

    /// <summary>Registered foreigners (long-term), [oa * 2 + (int)Nationality].</summary>
    public required float[] RegisteredForeign { get; init; }

    /// <summary>GeoJSON geometry (WGS84, 5 decimals) per zone code, for every level.</summary>
    public required IReadOnlyDictionary<string, string> Geometry { get; init; }

    public int OaCount => Oas.Count;
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
