namespace DefactoPop.Core.Validation;

/// <summary>WAPE (%) of OA totals aggregated to 자치구, 행정동 and 집계구.</summary>
public sealed record LevelWape(double Gu, double Dong, double Oa);
