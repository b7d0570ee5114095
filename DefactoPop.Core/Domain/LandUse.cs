namespace DefactoPop.Core.Domain;

/// <summary>Land use classes of a 집계구, the auxiliary data an estimator may see.</summary>
public enum LandUse
{
    Residential = 0,
    Office = 1,
    Commercial = 2,
    University = 3,
    Park = 4,
}
