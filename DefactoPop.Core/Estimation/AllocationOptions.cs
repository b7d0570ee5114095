namespace DefactoPop.Core.Estimation;

/// <summary>EM stops after <see cref="MaxIterations"/> steps or when Σ|Δu| / Σu &lt; <see cref="Tolerance"/> (Ramljak: ≤ 10 iterations).</summary>
public sealed record AllocationOptions
{
    public AllocationMethod Method { get; init; } = AllocationMethod.Em;
    public int MaxIterations { get; init; } = 10;
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>
    /// β of the MAP-EM update u ← (u·Σ_i p_ij c_i/λ_i + β·a) / (1 + β), a = prior scaled to Σc: a Gamma prior centred on the
    /// land-use prior that stops EM from fitting count noise and coverage-model error. 0 = plain maximum likelihood.
    /// </summary>
    public double PriorStrength { get; init; } = 2.0;
}
