using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// What the synthetic operator publishes about itself: the subscriber base by billing address and the published rates.
/// Both are the truth's values with a seeded, documented misspecification, so an estimator that believes them is
/// slightly wrong, as with a real operator's figures.
/// </summary>
public static class OperatorPublication
{
    /// <summary>Error of the published rates (LTE share, switched-on, dual devices, roaming shares, ownership by band): a size in [min, max], random sign.</summary>
    public const double RateErrorMin = 0.02;
    public const double RateErrorMax = 0.06;

    /// <summary>Error of the subscriber base by district (billing addresses out of date, business lines), uniform ±.</summary>
    public const double DistrictError = 0.05;

    /// <summary>Further error of the subscriber base by sex × age band (family plans billed to one parent), uniform ±.</summary>
    public const double StratumError = 0.03;

    /// <summary>The source text written into published_rates.json.</summary>
    public const string Source = "synthetic operator (seeded misspecification, DefactoPop.Core.Synthetic.OperatorPublication)";

    // Rng stream ids, distinct from the observation model's and the census's.
    private const int RateStream = 70, DistrictStream = 71, StratumStream = 72;

    /// <summary>
    /// Subscribers by 자치구 × sex × band = usual residents there × the district's true share × relative share by band ×
    /// ownership, times the district and stratum errors; the LTE share column is the published one.
    /// </summary>
    public static SubscriberBase SubscriberBaseOf(SyntheticCity city, ObservationOptions options, int seed, DateOnly validFrom)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(options);
        const int S = Strata.Count;
        var residents = UsualResidents.Of(city);
        var share = ObservationModel.DistrictShare(city, options, seed);
        var nd = city.Districts.Count;
        var byDistrict = new double[nd * S];
        for (var z = 0; z < city.OaCount; z++)
        {
            var d = UsualResidents.DistrictOf(city, z);
            for (var s = 0; s < S; s++)
                byDistrict[d * S + s] += residents[z * S + s];
        }
        var lte = Published(options.LteShare, seed, 0);
        var entries = new List<SubscriberBaseEntry>(nd * S);
        for (var d = 0; d < nd; d++)
        {
            var districtError = Uniform(seed, DistrictStream, d, 0) * DistrictError;
            for (var s = 0; s < S; s++)
            {
                var band = s % Strata.BandCount;
                var truth = byDistrict[d * S + s] * share[d] * options.MarketShareByBand[band] * options.OwnershipByBand[band];
                var error = 1 + districtError + Uniform(seed, StratumStream, s, 0) * StratumError;
                entries.Add(new SubscriberBaseEntry(city.Districts[d].Code, Strata.SexOf(s), (AgeBand)band, (long)Math.Round(truth * error), lte));
            }
        }
        return new SubscriberBase(validFrom, null, entries);
    }

    /// <summary>The truth's observation rates, each off by a seeded error of <see cref="RateErrorMin"/>–<see cref="RateErrorMax"/>; ownership per band.</summary>
    public static PublishedRates RatesOf(ObservationOptions options, int seed, DateOnly validFrom)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ownership = new double[Strata.BandCount];
        for (var b = 0; b < Strata.BandCount; b++)
            ownership[b] = Published(options.OwnershipByBand[b], seed, 10 + b);
        return new PublishedRates(validFrom, null,
            LteShare: Published(options.LteShare, seed, 0),
            SwitchedOnRate: Published(options.SwitchedOnShare, seed, 1),
            DualDeviceRate: Published(options.DualDeviceShare, seed, 2),
            OwnershipByBand: ownership,
            RoamingShareChinese: Published(options.RoamingShare[0], seed, 3),
            RoamingShareOther: Published(options.RoamingShare[1], seed, 4),
            Source: Source);
    }

    /// <summary>A true rate as published: times 1 ± an error of size in [min, max], rounded to 4 decimals, at most 1.</summary>
    internal static double Published(double truth, int seed, int key)
    {
        var rng = Rng.For(seed, RateStream, key);
        var size = RateErrorMin + (RateErrorMax - RateErrorMin) * rng.NextDouble();
        var sign = rng.NextDouble() < 0.5 ? -1 : 1;
        return Math.Min(1, Math.Round(truth * (1 + sign * size), 4));
    }

    /// <summary>Uniform in [-1, 1) for a keyed stream.</summary>
    private static double Uniform(int seed, int stream, int a, int b) => 2 * Rng.For(seed, stream, a, b).NextDouble() - 1;
}
