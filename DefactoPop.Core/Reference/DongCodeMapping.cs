namespace DefactoPop.Core.Reference;

/// <summary>One row of Seoul's 행정동코드_매핑정보: 7-digit statistics code, 8-digit MOIS code, district and dong names.</summary>
public sealed record DongCodeMapping(string StatCode7, string MoisCode8, string GuName, string DongName);
