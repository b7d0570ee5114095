using DefactoPop.Core.Operator;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Spatial;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Expansion state computed once from calibration nights (mean allocated devices at the calibration hour against the register)
/// and reused for every hour: C1 global factors, C2 local factors k[z,s] shrunk OA → 행정동 → 자치구 → city and clipped,
/// C3 Beta posteriors of the detection rate (night target: the census night population, else the register), the long-term foreigner ratios and the night overdispersion.
/// </summary>
public sealed class Calibration
{
    private Calibration(int nights, ExpansionOptions options, double[] global, float[] night, float[] local, float[] alpha, float[] beta,
        double[] longTerm, double overdispersion, float[] childRatio)
    {
        Nights = nights;
        Options = options;
        GlobalFactor = global;
        NightDevices = night;
        LocalFactor = local;
        Alpha = alpha;
        Beta = beta;
        LongTermFactor = longTerm;
        Overdispersion = overdispersion;
        ChildRatio = childRatio;
    }

    public int Nights { get; }
    public ExpansionOptions Options { get; }

    /// <summary>C1 factor per stratum (28).</summary>
    public double[] GlobalFactor { get; }

    /// <summary>Mean devices at the calibration hour, [oa*28+s].</summary>
    public float[] NightDevices { get; }

    /// <summary>C2 factor k[z,s], [oa*28+s].</summary>
    public float[] LocalFactor { get; }

    /// <summary>C3 Beta(α, β) posterior of the detection rate, [oa*28+s].</summary>
    public float[] Alpha { get; }
    public float[] Beta { get; }

    /// <summary>The city's factor per stratum (28) and its C3 Beta, for devices above a zone's night count (arrivals).</summary>
    public double[] CityFactor { get; private init; } = [];
    public double[] CityAlpha { get; private init; } = [];
    public double[] CityBeta { get; private init; } = [];

    /// <summary>Census-night (else registered) long-term foreigners per counted device, Chinese then other.</summary>
    public double[] LongTermFactor { get; }

    /// <summary>Night-to-night variance of OA device totals over their mean (≥ 1; 1 = Poisson).</summary>
    public double Overdispersion { get; }

    /// <summary>Children 0-9 per carer (females 30-44) in the census night population (else the register), [oa*2+sex], shrunk to the 행정동.</summary>
    public float[] ChildRatio { get; }

    /// <summary>Device total of each OA on each calibration night, [night][oa] (for the interval model: spread across nights).</summary>
    public float[][] NightTotals { get; private init; } = [];

    /// <summary>Factor on the night target's level from combining it with the detection rates (1 without published rates).</summary>
    public double Level { get; private init; } = 1;

    /// <summary>Relative error of that level, shared by every zone (for the interval model).</summary>
    public double LevelCv { get; private init; }

    /// <summary>The night target of each OA, all strata (for the interval model: calibration residuals).</summary>
    public float[] TargetTotals { get; private init; } = [];

    public static IReadOnlyList<int> CarerStrata { get; } =
    [
        Strata.Index(Sex.Female, AgeBand.A30To34), Strata.Index(Sex.Female, AgeBand.A35To39), Strata.Index(Sex.Female, AgeBand.A40To44),
    ];

    /// <summary>Expected people per device in zone × stratum (C3: posterior (α + β)/α, equal to C2).</summary>
    public double Factor(ExpansionMethod method, int oa, int stratum) => method switch
    {
        ExpansionMethod.C1 => GlobalFactor[stratum],
        ExpansionMethod.C2 => LocalFactor[oa * Strata.Count + stratum],
        ExpansionMethod.C3 => PointFactor(Alpha[oa * Strata.Count + stratum], Beta[oa * Strata.Count + stratum]),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    internal static double PointFactor(double alpha, double beta) => (alpha + beta) / alpha;

    internal static double InverseMean(double alpha, double beta) => (alpha + beta - 1) / (alpha - 1);

    internal static double InverseSecondMoment(double alpha, double beta) =>
        (alpha + beta - 1) * (alpha + beta - 2) / ((alpha - 1) * (alpha - 2));

    /// <summary>Calibrates on already allocated nights (devices per OA at the calibration hour).</summary>
    public static Calibration Build(CityFrame city, IReadOnlyList<AllocatedHour> nights, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(nights);
        options ??= new EstimationOptions();
        var o = options.Expansion;
        const int S = Strata.Count;
        var n = city.OaCount;
        var global = new double[S];
        for (var s = 0; s < S; s++)
            global[s] = o.GlobalFactor(s % Strata.BandCount);

        var night = new double[n * S];
        var nightL = new double[2];
        foreach (var h in nights)
        {
            for (var k = 0; k < night.Length; k++)
                night[k] += h.Domestic[k];
            for (var j = 0; j < n; j++)
            {
                nightL[0] += h.LongTerm[j * 2];
                nightL[1] += h.LongTerm[j * 2 + 1];
            }
        }
        var count = Math.Max(1, nights.Count);
        for (var k = 0; k < night.Length; k++)
            night[k] /= count;

        // Night target: the census night population when the city publishes it, otherwise the register × the presence ratio.
        var census = city.CensusDomestic;
        double Target(int idx) => census is not null ? census[idx] : city.RegisteredDomestic[idx] * o.NightPresenceRatio;

        var (level, levelCv) = CombinedLevel(night, global, Target, o);
        var local = new float[n * S];
        var alpha = new float[n * S];
        var beta = new float[n * S];
        var kappa = o.ShrinkageDevices;
        var dongs = city.Dongs.Count;
        var gus = city.Districts.Count;
        var (cityFactor, cityAlpha, cityBeta) = (new double[S], new double[S], new double[S]);
        for (var s = 0; s < S; s++)
        {
            var rDong = new double[dongs];
            var nDong = new double[dongs];
            var rGu = new double[gus];
            var nGu = new double[gus];
            double rCity = 0, nCity = 0;
            for (var j = 0; j < n; j++)
            {
                var d = city.OaDong[j];
                rDong[d] += Target(j * S + s);
                nDong[d] += night[j * S + s];
            }
            for (var d = 0; d < dongs; d++)
            {
                rGu[city.DongDistrict[d]] += rDong[d];
                nGu[city.DongDistrict[d]] += nDong[d];
                rCity += rDong[d];
                nCity += nDong[d];
            }
            var kCity = nCity > 0 && rCity > 0 ? level * rCity / nCity : global[s];
            cityFactor[s] = kCity;
            cityAlpha[s] = kappa + nCity;
            cityBeta[s] = cityAlpha[s] * Math.Max(kCity - 1, 0);

            // Shrink each level toward its parent, then rake so the children reproduce the parent's night total.
            var kGu = new double[gus];
            for (var g = 0; g < gus; g++)
                kGu[g] = Shrink(rGu[g], nGu[g], kCity, kappa, o);
            Rake(kGu, nGu, _ => 0, [kCity * nCity]);
            var kDong = new double[dongs];
            for (var d = 0; d < dongs; d++)
                kDong[d] = Shrink(rDong[d], nDong[d], kGu[city.DongDistrict[d]], kappa, o);
            Rake(kDong, nDong, d => city.DongDistrict[d], kGu.Select((k, g) => k * nGu[g]).ToArray());
            var kOa = new double[n];
            var nOa = new double[n];
            for (var j = 0; j < n; j++)
            {
                nOa[j] = night[j * S + s];
                kOa[j] = Shrink(Target(j * S + s), nOa[j], kDong[city.OaDong[j]], kappa, o);
            }
            Rake(kOa, nOa, j => city.OaDong[j], kDong.Select((k, d) => k * nDong[d]).ToArray());
            for (var j = 0; j < n; j++)
            {
                var idx = j * S + s;
                local[idx] = (float)kOa[j];
                // C3: Beta(α, β) on the detection rate with α = κ + night devices and mean 1/k (so the point estimate equals C2).
                var a = kappa + nOa[j];
                alpha[idx] = (float)a;
                beta[idx] = (float)(a * Math.Max(kOa[j] - 1, 0));
            }
        }

        var regL = new double[2];
        var foreign = city.RegisteredForeign;
        for (var j = 0; j < n; j++)
        {
            regL[0] += foreign[j * 2];
            regL[1] += foreign[j * 2 + 1];
        }
        var longTerm = new double[2];
        for (var c = 0; c < 2; c++)
        {
            var devices = nightL[c] / count;
            longTerm[c] = devices > 0 && regL[c] > 0 ? ForeignLevel(regL[c] / devices, o, options.Foreign) : 1.0 / options.Foreign.LongTermDetection;
        }

        return new Calibration(nights.Count, o, global, night.Select(v => (float)v).ToArray(), local, alpha, beta, longTerm,
            NightOverdispersion(nights, n), ChildRatios(city, options.NonPhone.RatioShrinkage))
        {
            NightTotals = [.. nights.Select(h => OaTotals(h.Domestic, n))],
            TargetTotals = OaTotals([.. Enumerable.Range(0, n * S).Select(Target)], n),
            Level = level,
            LevelCv = levelCv,
            CityFactor = cityFactor,
            CityAlpha = cityAlpha,
            CityBeta = cityBeta,
        };
    }

    /// <summary>
    /// Long-term foreigners per device: the foreigner register's reading combined, when the operator published its
    /// rates, with the detection rates' (market share × LTE × switched on), by stated precision
    /// (<see cref="ForeignOptions.RegisterLevelCv"/> against <see cref="ExpansionOptions.LevelCvDetection"/>).
    /// </summary>
    private static double ForeignLevel(double byRegister, ExpansionOptions o, ForeignOptions f)
    {
        var detection = o.MarketShare * o.LteShare * o.SwitchedOnShare;
        if (o.LevelCvDetection <= 0 || f.RegisterLevelCv <= 0 || !(detection > 0))
            return byRegister;
        var wRegister = 1 / (f.RegisterLevelCv * f.RegisterLevelCv);
        var wDetection = 1 / (o.LevelCvDetection * o.LevelCvDetection);
        return Math.Exp((wRegister * Math.Log(byRegister) + wDetection * Math.Log(1 / detection)) / (wRegister + wDetection));
    }

    /// <summary>
    /// The city level, from two independent readings of the night: the night target (census of usual residents, who
    /// are not exactly who is present at 04:00) and the detection rates (published rates and the subscriber base's
    /// share, each a few percent off). Combined in log space by their stated precision (<see cref="ExpansionOptions.LevelCvTarget"/>,
    /// <see cref="ExpansionOptions.LevelCvDetection"/>); the factor applies to every stratum, so the census keeps the age and sex pattern.
    /// The CV of the combination is the larger of its stated value and what the two readings' disagreement implies.
    /// </summary>
    private static (double Level, double Cv) CombinedLevel(double[] night, double[] global, Func<int, double> target, ExpansionOptions o)
    {
        const int S = Strata.Count;
        double byTarget = 0, byDetection = 0;
        for (var k = 0; k < night.Length; k++)
        {
            byTarget += target(k);
            byDetection += night[k] * global[k % S];
        }
        if (!(byTarget > 0) || !(byDetection > 0) || o.LevelCvDetection <= 0)
            return (1, 0);
        var wTarget = 1 / (o.LevelCvTarget * o.LevelCvTarget);
        var wDetection = 1 / (o.LevelCvDetection * o.LevelCvDetection);
        var share = wDetection / (wTarget + wDetection);
        var gap = Math.Log(byDetection / byTarget);
        var stated = Math.Sqrt(1 / (wTarget + wDetection));
        // Two readings with independent errors: their difference has the variance of both; the combination's error is at least share × gap.
        var cv = Math.Max(stated, Math.Abs(share * gap));
        return (Math.Exp(share * gap), cv);
    }

    private static float[] OaTotals(IReadOnlyList<double> values, int n)
    {
        var totals = new float[n];
        for (var j = 0; j < n; j++)
        {
            double sum = 0;
            for (var s = 0; s < Strata.Count; s++)
                sum += values[j * Strata.Count + s];
            totals[j] = (float)sum;
        }
        return totals;
    }

    /// <summary>Observes nothing itself: allocates the given night counts and calibrates on them.</summary>
    public static Calibration Build(CityFrame city, EstimatorView view, IReadOnlyList<OperatorHour> nights, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nights);
        options ??= new EstimationOptions();
        var allocated = new AllocatedHour[nights.Count];
        Parallel.For(0, nights.Count, i => allocated[i] = HourAllocator.Allocate(city, view, nights[i], options));
        return Build(city, allocated, options);
    }

    /// <summary>Scales the factors of each parent's children so that Σ k·n over the children equals the parent's target.</summary>
    private static void Rake(double[] k, double[] n, Func<int, int> parentOf, double[] target)
    {
        var sum = new double[target.Length];
        for (var i = 0; i < k.Length; i++)
            sum[parentOf(i)] += k[i] * n[i];
        for (var i = 0; i < k.Length; i++)
        {
            var p = parentOf(i);
            if (sum[p] > 0)
                k[i] *= target[p] / sum[p];
        }
    }

    /// <summary>(R + κ·k_parent) / (n + κ), kept within [low, high] × k_parent.</summary>
    private static double Shrink(double registered, double devices, double parent, double kappa, ExpansionOptions o)
    {
        var k = (registered + kappa * parent) / (devices + kappa);
        return Math.Clamp(k, o.ClipLow * parent, o.ClipHigh * parent);
    }

    private static double NightOverdispersion(IReadOnlyList<AllocatedHour> nights, int n)
    {
        if (nights.Count < 2)
            return 1.0;
        double variance = 0, mean = 0;
        var totals = new double[nights.Count];
        for (var j = 0; j < n; j++)
        {
            for (var h = 0; h < nights.Count; h++)
            {
                double sum = 0;
                for (var s = 0; s < Strata.Count; s++)
                    sum += nights[h].Domestic[j * Strata.Count + s];
                totals[h] = sum;
            }
            var m = totals.Average();
            if (m < 5)
                continue;
            variance += totals.Sum(t => (t - m) * (t - m)) / (nights.Count - 1);
            mean += m;
        }
        return mean > 0 ? Math.Max(1.0, variance / mean) : 1.0;
    }

    private static float[] ChildRatios(CityFrame city, double shrinkage)
    {
        var people = city.NightResidents;
        const int S = Strata.Count;
        var n = city.OaCount;
        var dongs = city.Dongs.Count;
        var childDong = new double[dongs * 2];
        var carerDong = new double[dongs];
        var child = new double[n * 2];
        var carer = new double[n];
        for (var j = 0; j < n; j++)
        {
            var d = city.OaDong[j];
            for (var sex = 0; sex < 2; sex++)
            {
                child[j * 2 + sex] = people[j * S + sex * Strata.BandCount];
                childDong[d * 2 + sex] += child[j * 2 + sex];
            }
            foreach (var s in CarerStrata)
                carer[j] += people[j * S + s];
            carerDong[d] += carer[j];
        }
        var ratio = new float[n * 2];
        for (var j = 0; j < n; j++)
        {
            var d = city.OaDong[j];
            for (var sex = 0; sex < 2; sex++)
            {
                var parent = carerDong[d] > 0 ? childDong[d * 2 + sex] / carerDong[d] : 0;
                ratio[j * 2 + sex] = (float)((child[j * 2 + sex] + shrinkage * parent) / (carer[j] + shrinkage));
            }
        }
        return ratio;
    }
}
