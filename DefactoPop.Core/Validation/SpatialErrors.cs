namespace DefactoPop.Core.Validation;

/// <summary>KWD-equivalent displacement (metres) of the allocated device map against the truth, per allocation method.</summary>
public sealed record SpatialErrors(double Em, double SimpleBayes, double Voronoi);
