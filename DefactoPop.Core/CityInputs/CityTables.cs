using DefactoPop.Core.Domain;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// What a city holds about its zones: the 자치구, 행정동 and 집계구 with their parents, a point per 집계구, land use
/// and the register. Arrays over 집계구 are indexed by the OA's position in <see cref="Oas"/>.
/// </summary>
public abstract class CityTables
{
    public required IReadOnlyList<Zone> Districts { get; init; }
    public required IReadOnlyList<Zone> Dongs { get; init; }
    public required IReadOnlyList<Zone> Oas { get; init; }

    /// <summary>Index into <see cref="Dongs"/> of each OA's parent.</summary>
    public required int[] OaDong { get; init; }

    /// <summary>Index into <see cref="Districts"/> of each dong's parent.</summary>
    public required int[] DongDistrict { get; init; }

    /// <summary>A point of each OA (WGS84): its centroid, or the representative point of the city's table.</summary>
    public required double[] OaLat { get; init; }
    public required double[] OaLon { get; init; }

    /// <summary>Floor-area shares by land use, [oa * 5 + (int)LandUse], each OA summing to 1 (all 0 where it has no buildings).</summary>
    public required float[] OaLandUseShares { get; init; }

    /// <summary>Registered Korean residents, [oa * 28 + stratum].</summary>
    public required float[] RegisteredDomestic { get; init; }

    /// <summary>Registered long-term foreigners, [oa * 2 + (int)Nationality].</summary>
    public required float[] RegisteredForeign { get; init; }

    public int OaCount => Oas.Count;
}
