using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Children 0-9: (1 − w)·own devices + w·(child/carer register ratio × carers present).
/// 70+: (1 − λ)·registered × city presence ratio (staying home) + λ·observed 70+ mobility.
/// Returns new arrays; the inputs are not changed.
/// </summary>
public static class NonPhoneGroups
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Estimate, double[] Variance) Apply(
        CityFrame city, Calibration calibration, double[] estimate, double[] variance, NonPhoneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(variance);
        options ??= new NonPhoneOptions();
        const int S = Strata.Count;
        var n = city.OaCount;
        var est = (double[])estimate.Clone();
        var vr = (double[])variance.Clone();
        var w = options.ChildCarerWeight;
        var lambda = options.ElderlyMobility;

        // Staying home follows the census night population when published, else the register.
        var home = city.NightResidents;
        var presence = new double[2];
        for (var sex = 0; sex < 2; sex++)
        {
            var s = sex * Strata.BandCount + (int)AgeBand.A70Plus;
            double observed = 0, registered = 0;
            for (var j = 0; j < n; j++)
            {
                observed += estimate[j * S + s];
                registered += home[j * S + s];
            }
            presence[sex] = registered > 0 ? observed / registered : 0;
        }

        for (var j = 0; j < n; j++)
        {
            double carer = 0, carerVar = 0;
            foreach (var s in Calibration.CarerStrata)
            {
                carer += estimate[j * S + s];
                carerVar += variance[j * S + s];
            }
            for (var sex = 0; sex < 2; sex++)
            {
                var c = j * S + sex * Strata.BandCount;
                var ratio = calibration.ChildRatio[j * 2 + sex];
                est[c] = (1 - w) * estimate[c] + w * ratio * carer;
                vr[c] = (1 - w) * (1 - w) * variance[c] + w * w * ratio * ratio * carerVar;

                var e = j * S + sex * Strata.BandCount + (int)AgeBand.A70Plus;
                est[e] = (1 - lambda) * home[e] * presence[sex] + lambda * estimate[e];
                vr[e] = lambda * lambda * variance[e];
            }
        }
        return (est, vr);
    }
}
