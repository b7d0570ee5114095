namespace DefactoPop.Core.Estimation;

/// <summary>EM stops after <see cref="MaxIterations"/> steps or when Σ|Δu| / Σu &lt; <see cref="Tolerance"/> (Ramljak: ≤ 10 iterations).</summary>
public sealed record AllocationOptions
{
    public AllocationMethod Method { get; init; } = AllocationMethod.Em;
    public int MaxIterations { get; init; } = 10;
    public double Tolerance { get; init; } = 1e-4;
}
