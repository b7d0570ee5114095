namespace DefactoPop.Core.Reference;

/// <summary>A 집계구 (13 digits) and the MOIS 행정동 (8 digits) it belongs to.</summary>
public sealed record OaDongLink(string OaCode, string DongCode);
