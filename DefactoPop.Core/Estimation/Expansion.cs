using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Devices → people per OA × stratum, with the posterior variance.
/// C1/C2: N = k·n, Var = n·k(k−1) (negative binomial with fixed p = 1/k).
/// C3: point n·(α + β)/α (= C2); N − n ~ BetaNegBin(n, α, β) for the spread: Var = φ·n(E[1/p²] − E[1/p]) + n²·Var(1/p).
/// The n-shape (rather than n+1) follows from a scale-free prior on N, so zero devices give zero people.
/// </summary>
public static class Expansion
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Estimate, double[] Variance) Domestic(AllocatedHour hour, Calibration calibration, ExpansionMethod method)
    {
        ArgumentNullException.ThrowIfNull(hour);
        ArgumentNullException.ThrowIfNull(calibration);
        var n = hour.Domestic;
        var est = new double[n.Length];
        var variance = new double[n.Length];
        var phi = calibration.Overdispersion;
        for (var k = 0; k < n.Length; k++)
        {
            var devices = Math.Max(0, n[k]);
            if (method == ExpansionMethod.C3)
            {
                double a = calibration.Alpha[k], b = calibration.Beta[k];
                var m1 = Calibration.InverseMean(a, b);
                var m2 = Calibration.InverseSecondMoment(a, b);
                est[k] = devices * Calibration.PointFactor(a, b);
                variance[k] = phi * devices * Math.Max(m2 - m1, 0) + devices * devices * Math.Max(m2 - m1 * m1, 0);
            }
            else
            {
                var factor = method == ExpansionMethod.C1
                    ? calibration.GlobalFactor[k % Strata.Count]
                    : calibration.LocalFactor[k];
                est[k] = devices * factor;
                variance[k] = phi * devices * factor * Math.Max(factor - 1, 0);
            }
        }
        return (est, variance);
    }
}
