namespace DefactoPop.Core.Estimation;

/// <summary>Devices per OA for the allocated values, the weights that produced them, and the EM steps taken.</summary>
public sealed record AllocationResult(double[] Oa, AllocationWeights Weights, int Iterations);
