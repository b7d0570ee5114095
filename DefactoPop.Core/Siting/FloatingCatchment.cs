namespace DefactoPop.Core.Siting;

/// <summary>
/// Two-step floating catchment accessibility (Luo &amp; Wang 2003), with an optional Gaussian decay inside the catchment
/// (E2SFCA, Luo &amp; Qi 2009): Rⱼ = Sⱼ / Σₖ Pₖ·f(dₖⱼ), then Aᵢ = Σⱼ Rⱼ·f(dᵢⱼ), over dᵢⱼ ≤ d₀.
/// </summary>
public static class FloatingCatchment
{
    /// <param name="gaussian">Weight f(d) = exp(−ln(100)·(d/d₀)²): 1 at 0, 0.01 at d₀ (the fca package's default); false: f = 1.</param>
    public static double[] Accessibility(IReadOnlyList<SitePoint> demandAt, IReadOnlyList<double> demand,
        IReadOnlyList<SitePoint> supplyAt, IReadOnlyList<double> supply, double catchment, bool gaussian = false)
    {
        ArgumentNullException.ThrowIfNull(demandAt);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supplyAt);
        ArgumentNullException.ThrowIfNull(supply);
        if (demandAt.Count != demand.Count || supplyAt.Count != supply.Count)
            throw new ArgumentException("Every unit needs a place.");
        if (catchment <= 0)
            throw new ArgumentOutOfRangeException(nameof(catchment), catchment, "The catchment must be positive.");
        // f(d₀) = 0.01: exp(−d²·k) with k = ln(100)/d₀².
        var k = Math.Log(100) / (catchment * catchment);
        double F(double d) => d > catchment ? 0 : gaussian ? Math.Exp(-d * d * k) : 1;

        var ratio = new double[supply.Count];
        for (var j = 0; j < supply.Count; j++)
        {
            double reached = 0;
            for (var i = 0; i < demand.Count; i++)
                reached += demand[i] * F(demandAt[i].DistanceTo(supplyAt[j]));
            ratio[j] = reached > 0 ? supply[j] / reached : 0;
        }
        var access = new double[demand.Count];
        for (var i = 0; i < demand.Count; i++)
        {
            for (var j = 0; j < supply.Count; j++)
                access[i] += ratio[j] * F(demandAt[i].DistanceTo(supplyAt[j]));
        }
        return access;
    }
}
