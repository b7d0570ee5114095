using DefactoPop.Core.Domain;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// Everything the estimator knows about the city, from the city's own files: the zones (codes, parents, a
/// representative point and area), land use, the register and a census of usual residents.
/// Arrays over 집계구 are indexed by the OA's position in <see cref="Oas"/>.
/// </summary>
public sealed class CityFrame
{
    public required IReadOnlyList<Zone> Districts { get; init; }
    public required IReadOnlyList<Zone> Dongs { get; init; }
    public required IReadOnlyList<Zone> Oas { get; init; }

    /// <summary>Index into <see cref="Dongs"/> of each OA's parent.</summary>
    public required int[] OaDong { get; init; }

    /// <summary>Index into <see cref="Districts"/> of each dong's parent.</summary>
    public required int[] DongDistrict { get; init; }

    /// <summary>Representative point of each OA (WGS84).</summary>
    public required double[] OaLat { get; init; }
    public required double[] OaLon { get; init; }

    /// <summary>Floor-area shares by land use, [oa * 5 + (int)LandUse], each OA summing to 1 (all 0 where the OA has no buildings).</summary>
    public required float[] OaLandUseShares { get; init; }

    /// <summary>Registered Korean residents, [oa * 28 + stratum].</summary>
    public required float[] RegisteredDomestic { get; init; }

    /// <summary>Registered long-term foreigners, [oa * 2 + (int)Nationality].</summary>
    public required float[] RegisteredForeign { get; init; }

    /// <summary>
    /// Usual residents counted by the census, [oa * 28 + stratum], its suppressed cells filled in (see
    /// <see cref="CensusFrame"/>); null when the city has no census (the estimator then calibrates on the register).
    /// </summary>
    public float[]? CensusDomestic { get; init; }

    /// <summary>The census reference date, null without a census.</summary>
    public DateOnly? CensusDate { get; init; }

    public int OaCount => Oas.Count;

    /// <summary>District index of each OA.</summary>
    public int[] OaDistrict() => [.. OaDong.Select(d => DongDistrict[d])];

    /// <summary>The night population C2/C3 calibrate on: the census when there is one, the register otherwise.</summary>
    public float[] NightResidents => CensusDomestic ?? RegisteredDomestic;
}
