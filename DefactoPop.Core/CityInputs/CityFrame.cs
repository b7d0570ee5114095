using DefactoPop.Core.Domain;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// Everything the estimator knows about the city, from the city's own files: the zones (codes, parents, a
/// representative point and area), land use, the register and a census of usual residents.
/// Arrays over 집계구 are indexed by the OA's position in <see cref="Oas"/>.
/// </summary>
public sealed class CityFrame : CityTables
{
    /// <summary>
    /// Usual residents counted by the census, [oa * 28 + stratum], its suppressed cells filled in (see
    /// <see cref="CensusFrame"/>); null when the city has no census (the estimator then calibrates on the register).
    /// </summary>
    public float[]? CensusDomestic { get; init; }

    /// <summary>The census reference date, null without a census.</summary>
    public DateOnly? CensusDate { get; init; }

    /// <summary>District index of each OA.</summary>
    public int[] OaDistrict() => [.. OaDong.Select(d => DongDistrict[d])];

    /// <summary>The night population C2/C3 calibrate on: the census when there is one, the register otherwise.</summary>
    public float[] NightResidents => CensusDomestic ?? RegisteredDomestic;
}
