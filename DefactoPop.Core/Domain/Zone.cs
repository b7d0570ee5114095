namespace DefactoPop.Core.Domain;

/// <summary>A zone of any level. Codes are MOIS codes for 행정동, SIG codes for 자치구, 13-digit SGIS codes for 집계구.</summary>
public sealed record Zone(
    string Code,
    ZoneLevel Level,
    string NameKo,
    string? NameEn,
    double AreaKm2,
    string? ParentCode)
{
    /// <summary>7-digit statistics code, for 행정동 only (alias of the MOIS code).</summary>
    public string? StatCode { get; init; }

    public string DisplayName(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : NameKo;
}
