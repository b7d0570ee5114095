using DefactoPop.Core.Operator;
using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Observation;

/// <summary>
/// The KT-side aggregate: expected devices per OA × stratum (share of where each person lives × LTE × switched on ×
/// ownership × (1 + dual); see <see cref="ExpectedDevices"/>),
/// spread over cells by the true P (cells in outage removed, devices camp on the remaining cells), then Poisson-sampled per
/// cell × stratum. Deterministic from seed + slot.
/// </summary>
public static class ObservationModel
{
    public static OperatorHour Observe(SyntheticCity city, NetworkPlan plan, TruthHour truth, ObservationOptions? options, int seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Observe(city, plan.Coverage, truth, options, seed, sample: true);
    }

    /// <summary>Observation through any coverage matrix; <paramref name="sample"/> false returns the expected counts.</summary>
    public static OperatorHour Observe(
        SyntheticCity city, CoverageMatrix coverage, TruthHour truth, ObservationOptions? options, int seed, bool sample = true)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new ObservationOptions();
        const int S = Strata.Count;
        var cells = coverage.CellCount;
        var outage = Outages(cells, truth.Slot, options, seed);
        var p = Array.IndexOf(outage, true) >= 0 ? coverage.Without(outage) : coverage;
        var (cellStart, oaOf, prob) = p.ByCell();
        var expected = ExpectedDevices(city, truth, options, seed);
        var longDetect = options.LongTermMarketShare * options.LteShare * options.SwitchedOnShare;

        var domestic = new float[cells * S];
        var longTerm = new float[cells * 2];
        var shortTerm = new float[cells * 2];
        var slotKey = truth.Slot.Ordinal;
        Parallel.For(0, cells, () => new double[S + 4], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i, _, acc) =>
        {
            Array.Clear(acc);
            for (var k = cellStart[i]; k < cellStart[i + 1]; k++)
            {
                var j = oaOf[k];
                var w = prob[k];
                var b = j * S;
                for (var s = 0; s < S; s++)
                    acc[s] += w * expected[b + s];
                acc[S] += w * truth.LongTerm[j * 2] * longDetect;
                acc[S + 1] += w * truth.LongTerm[j * 2 + 1] * longDetect;
                acc[S + 2] += w * truth.ShortTerm[j * 2] * options.RoamingShare[0];
                acc[S + 3] += w * truth.ShortTerm[j * 2 + 1] * options.RoamingShare[1];
            }
            var rng = Rng.For(seed, 21, slotKey, i);
            for (var s = 0; s < S; s++)
                domestic[i * S + s] = Draw(ref rng, acc[s], sample);
            longTerm[i * 2] = Draw(ref rng, acc[S], sample);
            longTerm[i * 2 + 1] = Draw(ref rng, acc[S + 1], sample);
            shortTerm[i * 2] = Draw(ref rng, acc[S + 2], sample);
            shortTerm[i * 2 + 1] = Draw(ref rng, acc[S + 3], sample);
            return acc;
        }, _ => { });
        return new OperatorHour(truth.Slot, domestic, longTerm, shortTerm, outage);
    }

    private static float Draw(ref Rng rng, double mean, bool sample) => sample ? rng.Poisson(mean) : (float)mean;

    /// <summary>Cells down in this slot: each cell has an outage on a day with the given probability, 2-6 hours long.</summary>
    public static bool[] Outages(int cellCount, HourSlot slot, ObservationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var flags = new bool[cellCount];
        if (options.OutageProbabilityPerDay <= 0)
            return flags;
        var day = slot.Date.DayNumber;
        for (var c = 0; c < cellCount; c++)
        {
            var rng = Rng.For(seed, 20, day, c);
            if (!rng.Bernoulli(options.OutageProbabilityPerDay))
                continue;
            var start = (int)(rng.NextDouble() * 24);
            var length = 2 + (int)(rng.NextDouble() * 5);
            flags[c] = slot.Hour >= start && slot.Hour < start + length;
        }
        return flags;
    }

    /// <summary>
    /// Expected KT devices of the Koreans present, [oa * 28 + stratum]. A person counts with the share of where they
    /// live: residents of the OA's district (at home or on local trips) with the district's share, city-wide movers with the
    /// resident-weighted mean share of the districts they come from, non-residents with <see cref="ObservationOptions.InboundMarketShare"/>.
    /// Without <see cref="TruthHour.Origins"/> (truth read from files) everyone present counts as a resident of the district.
    /// </summary>
    public static float[] ExpectedDevices(SyntheticCity city, TruthHour truth, ObservationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(options);
        const int S = Strata.Count;
        var shares = CachedShares(city, options, seed);
        var result = new float[city.OaCount * S];
        var origins = truth.Origins;
        for (var j = 0; j < city.OaCount; j++)
        {
            var home = shares.District[city.DongDistrict[city.OaDong[j]]];
            for (var s = 0; s < S; s++)
            {
                var i = j * S + s;
                if (origins is null)
                {
                    result[i] = truth.Domestic[i] * shares.Detection[i];
                    continue;
                }
                double cityWide = origins.CityWide[i], outside = origins.Outside[i];
                var own = Math.Max(0, truth.Domestic[i] - cityWide - outside);
                var subscribers = own * home + cityWide * shares.CityMean[s] + outside * options.InboundMarketShare;
                result[i] = (float)(subscribers * shares.PerSubscriber[s]);
            }
        }
        return result;
    }

    /// <summary>Expected KT devices per resident of each OA's district, [oa * 28 + stratum] (residents at home).</summary>
    public static float[] DomesticDetection(SyntheticCity city, ObservationOptions options, int seed) =>
        (float[])CachedShares(city, options, seed).Detection.Clone();

    /// <summary>
    /// The true KT share of each district's residents (index of <see cref="SyntheticCity.Districts"/>): the city mean plus the
    /// smooth spatial field averaged over the district's usual residents.
    /// </summary>
    public static double[] DistrictShare(SyntheticCity city, ObservationOptions options, int seed) =>
        (double[])CachedShares(city, options, seed).District.Clone();

    /// <summary>Devices per KT subscriber of a stratum: relative share by band × ownership × LTE × switched on × (1 + dual).</summary>
    public static double DevicesPerShare(ObservationOptions options, int stratum)
    {
        ArgumentNullException.ThrowIfNull(options);
        var band = stratum % Strata.BandCount;
        return options.MarketShareByBand[band] * options.OwnershipByBand[band] * options.LteShare * options.SwitchedOnShare * (1 + options.DualDeviceShare);
    }

    private sealed record Shares(double[] District, double[] CityMean, double[] PerSubscriber, float[] Detection);

    private static readonly ConditionalWeakTable<SyntheticCity, Dictionary<(ObservationOptions, int), Shares>> s_shares = [];

    private static Shares CachedShares(SyntheticCity city, ObservationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(options);
        var byOptions = s_shares.GetValue(city, _ => []);
        lock (byOptions)
        {
            if (!byOptions.TryGetValue((options, seed), out var shares))
            {
                if (byOptions.Count > 16)
                    byOptions.Clear();
                byOptions[(options, seed)] = shares = ComputeShares(city, options, seed);
            }
            return shares;
        }
    }

    private static Shares ComputeShares(SyntheticCity city, ObservationOptions options, int seed)
    {
        const int S = Strata.Count;
        var n = city.OaCount;
        var nd = city.Districts.Count;
        var residents = UsualResidents.Of(city);
        var projection = LocalProjection.MetresAroundMean(city.OaLat, city.OaLon);
        var field = ShareField(options, seed);
        var weighted = new double[nd];
        var weight = new double[nd];
        var byDistrict = new double[nd * S];
        for (var j = 0; j < n; j++)
        {
            var d = city.DongDistrict[city.OaDong[j]];
            var people = 0.0;
            for (var s = 0; s < S; s++)
            {
                people += residents[j * S + s];
                byDistrict[d * S + s] += residents[j * S + s];
            }
            weighted[d] += people * field(projection.X(city.OaLon[j]), projection.Y(city.OaLat[j]));
            weight[d] += people;
        }
        var district = new double[nd];
        for (var d = 0; d < nd; d++)
            district[d] = options.MarketShare + options.MarketShareSpatialAmplitude * (weight[d] > 0 ? weighted[d] / weight[d] : 0);
        var cityMean = new double[S];
        var perSubscriber = new double[S];
        for (var s = 0; s < S; s++)
        {
            double sum = 0, total = 0;
            for (var d = 0; d < nd; d++)
            {
                sum += district[d] * byDistrict[d * S + s];
                total += byDistrict[d * S + s];
            }
            cityMean[s] = total > 0 ? sum / total : options.MarketShare;
            perSubscriber[s] = DevicesPerShare(options, s);
        }
        var detection = new float[n * S];
        for (var j = 0; j < n; j++)
        {
            var m = district[city.DongDistrict[city.OaDong[j]]];
            for (var s = 0; s < S; s++)
                detection[j * S + s] = (float)(m * perSubscriber[s]);
        }
        return new Shares(district, cityMean, perSubscriber, detection);
    }

    /// <summary>Smooth field in [-1, 1]: mean of three plane waves with random directions and phases.</summary>
    private static Func<double, double, double> ShareField(ObservationOptions options, int seed)
    {
        var rng = Rng.For(seed, 22);
        var waves = new (double Kx, double Ky, double Phase)[3];
        for (var w = 0; w < 3; w++)
        {
            var angle = rng.NextDouble() * Math.PI;
            var k = 2 * Math.PI / (options.MarketShareWavelengthM * (0.7 + 0.6 * rng.NextDouble()));
            waves[w] = (k * Math.Cos(angle), k * Math.Sin(angle), rng.NextDouble() * 2 * Math.PI);
        }
        return (x, y) => waves.Sum(w => Math.Cos(w.Kx * x + w.Ky * y + w.Phase)) / 3.0;
    }
}
