namespace DefactoPop.Core.Synthetic;

/// <summary>An activity centre of Seoul (coordinates good to about 200 m).</summary>
public sealed record ActivityCentre(string NameKo, string NameEn, double Lat, double Lon, CentreRole Roles);
