namespace DefactoPop.Core.Estimation;

/// <summary>Cell → OA allocation: EM (maximum likelihood), one-step Bayes, or Voronoi (best server).</summary>
public enum AllocationMethod
{
    Em = 0,
    SimpleBayes = 1,
    Voronoi = 2,
}
