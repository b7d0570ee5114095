using DefactoPop.Core.Reference;

namespace DefactoPop.Core.CityInputs;

/// <summary>A dong of the register file that is not in the catalogue of known dongs: reported, never loaded silently.</summary>
public sealed record UnjoinedZone(string Code, string Name, long Persons, long Line);

/// <summary>
/// The Ministry of the Interior's register (주민등록 인구통계) read for Seoul: records by MOIS dong (8 digits) × sex ×
/// the 14 bands in <see cref="Population"/>, what was skipped (other provinces, 시도/시군구 subtotals), and dongs that
/// did not join the catalogue.
/// </summary>
public sealed record MoisRegister(
    RegisteredPopulation Population,
    int OtherProvinceRows,
    int SubtotalRows,
    IReadOnlyList<UnjoinedZone> Unjoined)
{
    /// <summary>Persons in dongs that did not join.</summary>
    public long UnjoinedPersons => Unjoined.Sum(u => u.Persons);
}
