using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Devices → people per OA × stratum, with the posterior variance.
/// C1/C2: N = k·n, Var = n·k(k−1) (negative binomial with fixed p = 1/k).
/// C3: point n·(α + β)/α (= C2); N − n ~ BetaNegBin(n, α, β) for the spread: Var = φ·n(E[1/p²] − E[1/p]) + n²·Var(1/p).
/// The n-shape (rather than n+1) follows from a scale-free prior on N, so zero devices give zero people.
/// With <see cref="ExpansionOptions.ArrivalsAtCityFactor"/> (C2/C3) a zone's own factor applies to at most its night devices
/// and the devices above them (arrivals) take the city's factor for the stratum; the two parts' variances add.
/// </summary>
public static class Expansion
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Estimate, double[] Variance) Domestic(AllocatedHour hour, Calibration calibration, ExpansionMethod method, bool arrivalsAtCity = true)
    {
        ArgumentNullException.ThrowIfNull(hour);
        ArgumentNullException.ThrowIfNull(calibration);
        var n = hour.Domestic;
        var est = new double[n.Length];
        var variance = new double[n.Length];
        var phi = calibration.Overdispersion;
        var split = method != ExpansionMethod.C1 && arrivalsAtCity && calibration.CityFactor.Length == Strata.Count;
        for (var k = 0; k < n.Length; k++)
        {
            var devices = Math.Max(0, n[k]);
            var s = k % Strata.Count;
            var stay = split ? Math.Min(devices, calibration.NightDevices[k]) : devices;
            var arrive = devices - stay;
            if (method == ExpansionMethod.C3)
            {
                (est[k], variance[k]) = BetaNegBin(stay, calibration.Alpha[k], calibration.Beta[k], phi);
                if (arrive > 0)
                {
                    var (e, v) = BetaNegBin(arrive, calibration.CityAlpha[s], calibration.CityBeta[s], phi);
                    est[k] += e;
                    variance[k] += v;
                }
            }
            else
            {
                var factor = method == ExpansionMethod.C1 ? calibration.GlobalFactor[s] : calibration.LocalFactor[k];
                est[k] = stay * factor;
                variance[k] = phi * stay * factor * Math.Max(factor - 1, 0);
                if (arrive > 0)
                {
                    var city = calibration.CityFactor[s];
                    est[k] += arrive * city;
                    variance[k] += phi * arrive * city * Math.Max(city - 1, 0);
                }
            }
        }
        return (est, variance);
    }

    /// <summary>People behind <paramref name="devices"/> under a Beta(α, β) detection rate: point and variance.</summary>
    private static (double Estimate, double Variance) BetaNegBin(double devices, double a, double b, double phi)
    {
        var m1 = Calibration.InverseMean(a, b);
        var m2 = Calibration.InverseSecondMoment(a, b);
        return (devices * Calibration.PointFactor(a, b), phi * devices * Math.Max(m2 - m1, 0) + devices * devices * Math.Max(m2 - m1 * m1, 0));
    }
}
