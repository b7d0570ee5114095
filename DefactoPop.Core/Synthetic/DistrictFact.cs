namespace DefactoPop.Core.Synthetic;

/// <summary>One of Seoul's 25 자치구 as published (area and centroid from the 2017 boundary, register at 2018 Q2).</summary>
public sealed record DistrictFact(
    string SigCode,
    string NameKo,
    string NameEn,
    double AreaKm2,
    double Lat,
    double Lon,
    int Registered,
    int Foreigners,
    int DongCount,
    bool NorthOfRiver)
{
    /// <summary>Name without the 구 suffix, e.g. 강남.</summary>
    public string StemKo => NameKo[..^1];

    /// <summary>English name without the -gu suffix, e.g. Gangnam.</summary>
    public string StemEn => NameEn[..^3];
}
