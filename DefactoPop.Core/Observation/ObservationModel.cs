using DefactoPop.Core.Operator;
using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Observation;

/// <summary>
/// The KT-side aggregate: expected devices per OA × stratum (share × LTE × switched on × ownership × (1 + dual)),
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
        var detect = CachedDetection(city, options, seed);
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
                    acc[s] += w * truth.Domestic[b + s] * detect[b + s];
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

    private static readonly ConditionalWeakTable<SyntheticCity, Dictionary<(ObservationOptions, int), float[]>> s_detection = [];

    private static float[] CachedDetection(SyntheticCity city, ObservationOptions options, int seed)
    {
        var byOptions = s_detection.GetValue(city, _ => []);
        lock (byOptions)
        {
            if (!byOptions.TryGetValue((options, seed), out var detect))
            {
                if (byOptions.Count > 16)
                    byOptions.Clear();
                byOptions[(options, seed)] = detect = DomesticDetection(city, options, seed);
            }
            return detect;
        }
    }

    /// <summary>Expected KT devices per present person, [oa * 28 + stratum].</summary>
    public static float[] DomesticDetection(SyntheticCity city, ObservationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(options);
        const int S = Strata.Count;
        var n = city.OaCount;
        var projection = LocalProjection.MetresAroundMean(city.OaLat, city.OaLon);
        var field = ShareField(options, seed);
        var result = new float[n * S];
        var common = options.LteShare * options.SwitchedOnShare * (1 + options.DualDeviceShare);
        for (var j = 0; j < n; j++)
        {
            var m = options.MarketShare + options.MarketShareSpatialAmplitude * field(projection.X(city.OaLon[j]), projection.Y(city.OaLat[j]));
            for (var s = 0; s < S; s++)
            {
                var band = s % Strata.BandCount;
                result[j * S + s] = (float)(m * options.MarketShareByBand[band] * options.OwnershipByBand[band] * common);
            }
        }
        return result;
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
