using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Three parts of an estimate's error that roll up differently. <see cref="Independent"/> is a variance: it adds across
/// zones. <see cref="Shared"/> is a standard deviation common to a district (its calibration error): it adds linearly
/// inside a district, and across districts it is independent (<see cref="AcrossDistricts"/>). <see cref="Common"/> is a
/// standard deviation common to the whole city (the error of the overall level): it adds linearly everywhere.
/// </summary>
public readonly record struct IntervalParts(double Independent, double Shared, double Common = 0)
{
    public const double Probability = 0.90;

    public double Variance => Independent + (Shared + Common) * (Shared + Common);

    public static IntervalParts operator +(IntervalParts a, IntervalParts b) =>
        new(a.Independent + b.Independent, a.Shared + b.Shared, a.Common + b.Common);

    /// <summary>The same error once districts are summed: their shared parts are independent of each other; the city-wide part stays.</summary>
    public IntervalParts AcrossDistricts() => new(Independent + Shared * Shared, 0, Common);

    /// <summary>The central 90 % interval of <paramref name="mean"/> (gamma shape, never below 0).</summary>
    public (double Lower, double Upper) Bounds(double mean) => Intervals.Bounds(mean, Variance);
}

/// <summary>
/// The error model of one OA-hour, in numbers that scale with any part of the OA (a stratum, a class):
/// for a part worth x people, independent variance = <see cref="PerPerson"/>·x + <see cref="RelativeVariance"/>·x²,
/// district-shared SD = <see cref="SharedCv"/>·x and city-wide SD = <see cref="CommonCv"/>·x.
/// </summary>
/// <param name="PerPerson">Count noise (negative-binomial expansion and foreigners), variance per estimated person.</param>
/// <param name="RelativeVariance">Detection-rate spread between zones plus allocation error, as a squared CV; common to the OA's strata.</param>
/// <param name="SharedCv">The district's calibration error, as a CV.</param>
/// <param name="CommonCv">The error of the city's level (census against the published detection rates), as a CV.</param>
public readonly record struct OaSpread(double PerPerson, double RelativeVariance, double SharedCv, double CommonCv = 0)
{
    public IntervalParts PartsOf(double value) =>
        value > 0 ? new(PerPerson * value + RelativeVariance * value * value, SharedCv * value, CommonCv * value) : default;
}

/// <summary>What the calibration nights say about the error, per district: <see cref="SharedCv"/> and <see cref="ModelCv"/>.</summary>
/// <param name="SharedCv">Spread of the district's night device total across nights (÷ √nights) and the disagreement of the night target with the register.</param>
/// <param name="ModelCv">Spread of the detection ratio (target ÷ devices) between the district's OAs, beyond count noise.</param>
/// <param name="LevelCv">The calibration's level error, common to the whole city.</param>
public sealed record CalibrationSpread(double[] SharedCv, double[] ModelCv, int[] OaDistrict, double LevelCv = 0);

/// <summary>
/// The interval model, from the data the estimator has: count noise (overdispersion measured across nights), allocation
/// variance, the spread of detection ratios between zones on the calibration night, and the district calibration error.
/// No tuned constant.
/// </summary>
public static class Intervals
{
    private const double MinNightDevices = 10;
    private const int MinZones = 8;
    private static readonly ConditionalWeakTable<Calibration, CalibrationSpread> s_spreads = [];

    public static double Z { get; } = Stats.NormalQuantile(0.5 + IntervalParts.Probability / 2);

    public static (double Lower, double Upper) Bounds(double mean, double variance) =>
        (Stats.GammaQuantile(mean, variance, -Z), Stats.GammaQuantile(mean, variance, Z));

    /// <summary>The calibration's spread (computed once per calibration).</summary>
    /// <param name="oaDistrict">District of each OA.</param>
    /// <param name="registered">Registered residents of each OA (all strata), to compare the night target with.</param>
    public static CalibrationSpread SpreadOf(Calibration calibration, int[] oaDistrict, double[] registered) =>
        s_spreads.GetValue(calibration, c => Measure(c, oaDistrict, registered));

    public static CalibrationSpread Measure(Calibration calibration, int[] oaDistrict, double[] registered)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(oaDistrict);
        ArgumentNullException.ThrowIfNull(registered);
        var n = oaDistrict.Length;
        var gus = n == 0 ? 0 : oaDistrict.Max() + 1;
        var nights = calibration.NightTotals;
        var devices = new double[n];
        foreach (var night in nights)
        {
            for (var j = 0; j < n; j++)
                devices[j] += night[j] / nights.Length;
        }
        var target = calibration.TargetTotals;
        var phi = calibration.Overdispersion;

        // Sampling error of each district's mean night count, and the target's disagreement with the register.
        var sampling = new double[gus];
        var deviceGu = new double[gus];
        var targetGu = new double[gus];
        var registerGu = new double[gus];
        for (var j = 0; j < n; j++)
        {
            deviceGu[oaDistrict[j]] += devices[j];
            targetGu[oaDistrict[j]] += target.Length == n ? target[j] : 0;
            registerGu[oaDistrict[j]] += registered[j];
        }
        for (var g = 0; g < gus; g++)
            sampling[g] = NightSamplingVariance(nights, oaDistrict, g, deviceGu[g], phi);
        var targetVariance = LogSpread(targetGu, registerGu, deviceGu);

        // Between-zone spread of the detection ratio inside each district, net of the count noise of each ratio.
        var sum = new double[gus];
        var weight = new double[gus];
        var zones = new int[gus];
        double citySum = 0, cityWeight = 0;
        for (var j = 0; j < n; j++)
        {
            var g = oaDistrict[j];
            if (devices[j] < MinNightDevices || target.Length != n || target[j] <= 0 || deviceGu[g] <= 0 || targetGu[g] <= 0)
                continue;
            var x = Math.Log(target[j] / devices[j] / (targetGu[g] / deviceGu[g]));
            var excess = x * x - phi / (Math.Max(1, nights.Length) * devices[j]);
            sum[g] += devices[j] * excess;
            weight[g] += devices[j];
            zones[g]++;
            citySum += devices[j] * excess;
            cityWeight += devices[j];
        }
        var cityModel = cityWeight > 0 ? Math.Max(0, citySum / cityWeight) : 0;
        var shared = new double[gus];
        var model = new double[gus];
        for (var g = 0; g < gus; g++)
        {
            shared[g] = Math.Sqrt(sampling[g] + targetVariance);
            model[g] = Math.Sqrt(zones[g] >= MinZones ? Math.Max(0, sum[g] / weight[g]) : cityModel);
        }
        return new CalibrationSpread(shared, model, oaDistrict, calibration.LevelCv);
    }

    /// <summary>The error model of every OA for one hour, from the expansion variances and the calibration's spread.</summary>
    /// <param name="variance">Expansion variance per [oa*28+s] (after the non-phone groups).</param>
    /// <param name="foreignVariance">Foreigners' count variance per OA.</param>
    /// <param name="totals">Estimated people per OA, all classes.</param>
    public static OaSpread[] ForHour(CalibrationSpread spread, AllocatedHour allocated, double[] variance, double[] foreignVariance, double[] totals)
    {
        ArgumentNullException.ThrowIfNull(spread);
        ArgumentNullException.ThrowIfNull(allocated);
        ArgumentNullException.ThrowIfNull(variance);
        ArgumentNullException.ThrowIfNull(foreignVariance);
        ArgumentNullException.ThrowIfNull(totals);
        const int S = Strata.Count;
        var result = new OaSpread[totals.Length];
        for (var j = 0; j < totals.Length; j++)
        {
            var mean = totals[j];
            if (!(mean > 0))
                continue;
            var count = foreignVariance[j];
            for (var s = 0; s < S; s++)
                count += variance[j * S + s];
            var devices = allocated.LongTerm[j * 2] + allocated.LongTerm[j * 2 + 1] + allocated.ShortTerm[j * 2] + allocated.ShortTerm[j * 2 + 1];
            for (var s = 0; s < S; s++)
                devices += allocated.Domestic[j * S + s];
            var allocation = devices > 0 ? allocated.AllocationVariance[j] / (devices * devices) : 0;
            var g = spread.OaDistrict[j];
            result[j] = new OaSpread(count / mean, spread.ModelCv[g] * spread.ModelCv[g] + allocation, spread.SharedCv[g], spread.LevelCv);
        }
        return result;
    }

    /// <summary>The parts of each OA total of an estimated hour.</summary>
    public static IntervalParts[] OaParts(EstimateHour estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var result = new IntervalParts[estimate.OaCount];
        for (var j = 0; j < result.Length && j < estimate.Spread.Length; j++)
            result[j] = estimate.Spread[j].PartsOf(estimate.OaTotal(j));
        return result;
    }

    /// <summary>Sums parts into groups inside one district (행정동, 자치구): variances add, shared parts add linearly.</summary>
    public static IntervalParts[] Sum(IReadOnlyList<IntervalParts> parts, IReadOnlyList<int> groupOf, int groups)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(groupOf);
        var result = new IntervalParts[groups];
        for (var i = 0; i < parts.Count; i++)
            result[groupOf[i]] += parts[i];
        return result;
    }

    /// <summary>Sums district parts into the city: their shared parts are independent; the city-wide part adds linearly.</summary>
    public static IntervalParts City(IEnumerable<IntervalParts> districts) =>
        districts.Aggregate(default(IntervalParts), (sum, d) => sum + d.AcrossDistricts());

    /// <summary>Relative variance of a district's mean night device total: its spread across nights ÷ nights (Poisson × φ with one night).</summary>
    private static double NightSamplingVariance(float[][] nights, int[] oaDistrict, int g, double mean, double phi)
    {
        if (!(mean > 0))
            return 0;
        if (nights.Length < 2)
            return phi / mean;
        var totals = new double[nights.Length];
        for (var i = 0; i < nights.Length; i++)
        {
            for (var j = 0; j < oaDistrict.Length; j++)
            {
                if (oaDistrict[j] == g)
                    totals[i] += nights[i][j];
            }
        }
        var v = totals.Sum(t => (t - mean) * (t - mean)) / (nights.Length - 1);
        return Math.Max(v, phi * mean) / (mean * mean) / nights.Length;
    }

    /// <summary>Device-weighted variance across districts of log(target ÷ register) around its mean: 0 when the target is the register.</summary>
    private static double LogSpread(double[] target, double[] register, double[] weight)
    {
        double w = 0, m = 0;
        var x = new double[target.Length];
        for (var g = 0; g < target.Length; g++)
        {
            if (target[g] <= 0 || register[g] <= 0)
                continue;
            x[g] = Math.Log(target[g] / register[g]);
            m += weight[g] * x[g];
            w += weight[g];
        }
        if (w <= 0)
            return 0;
        m /= w;
        double v = 0;
        for (var g = 0; g < target.Length; g++)
        {
            if (target[g] > 0 && register[g] > 0)
                v += weight[g] * (x[g] - m) * (x[g] - m);
        }
        return v / w;
    }
}
