using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// Published facts about one of Seoul's 25 자치구 (centroid from the 2017 boundary, register at 2018 Q2), joined by
/// code to <see cref="SeoulDistricts"/> for its names and area.
/// </summary>
public sealed record DistrictFact(
    string SigCode,
    double Lat,
    double Lon,
    int Registered,
    int Foreigners,
    int DongCount,
    bool NorthOfRiver)
{
    public Zone District => SeoulDistricts.ByCode(SigCode);

    public string NameKo => District.NameKo;

    public string NameEn => District.NameEn!;

    public double AreaKm2 => District.AreaKm2;

    /// <summary>Name without the 구 suffix, e.g. 강남.</summary>
    public string StemKo => NameKo[..^1];

    /// <summary>English name without the -gu suffix, e.g. Gangnam.</summary>
    public string StemEn => NameEn[..^3];
}
