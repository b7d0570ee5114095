using DefactoPop.Core.Domain;
using P = DefactoPop.Core.Synthetic.TruthParameters;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// The synthetic city's true usual residents (Koreans) where they live: the register times the hidden district
/// resident factor and the under-registration by age group, as in <see cref="MovementModel"/>'s constructor.
/// Residents only: no overnight non-residents, no presence (away) factors, no foreigners.
/// </summary>
public static class UsualResidents
{
    /// <summary>Usual residents, [oa * 28 + stratum].</summary>
    public static double[] Of(SyntheticCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        const int S = Strata.Count;
        var factor = city.Districts.Select(d => P.ResidentFactor.TryGetValue(d.Code, out var f) ? f : 1.0).ToArray();
        var result = new double[city.OaCount * S];
        for (var z = 0; z < city.OaCount; z++)
        {
            var d = DistrictOf(city, z);
            for (var s = 0; s < S; s++)
                result[z * S + s] = city.RegisteredDomestic[z * S + s] * factor[d] * UnderRegistration(s);
        }
        return result;
    }

    /// <summary>Index into <see cref="SyntheticCity.Districts"/> of an OA.</summary>
    public static int DistrictOf(SyntheticCity city, int oa)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.DongDistrict[city.OaDong[oa]];
    }

    /// <summary>Usual residents per registered resident of a stratum, before the district factor.</summary>
    private static double UnderRegistration(int stratum) =>
        1 + P.UnderRegistered * P.UnderRegisteredByGroup[P.GroupOfBand[stratum % Strata.BandCount]];
}
