using DefactoPop.Core.Operator;
using System.Globalization;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Validation;

/// <summary>
/// Runs observation + estimation against a known truth and measures the §3.5 errors. Samples days and hours (see
/// <see cref="ValidationOptions"/>); calibration uses the first weekday nights of the period.
/// </summary>
public static class Validator
{
    private const int S = Strata.Count;

    public static ValidationResult Run(SyntheticCity city, Func<HourSlot, TruthHour> truth, DateOnly from, DateOnly to, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        options ??= new ValidationOptions();
        var plan = NetworkPlan.Generate(city, options.Simulation.Seed, options.Network);
        return Run(city, plan, truth, from, to, options);
    }

    public static ValidationResult Run(SyntheticCity city, NetworkPlan plan, Func<HourSlot, TruthHour> truth, DateOnly from, DateOnly to, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(truth);
        if (to < from)
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        options ??= new ValidationOptions();
        // The estimator gets what the emitted files would hold: census, register, published rates, subscriber base.
        var (frame, est) = SimulatedEstimation.InputsOf(city, options.Simulation.Observation, options.Simulation.Seed, options.Simulation.Estimation);
        var sim = options.Simulation with { Estimation = est };
        options = options with { Simulation = sim };
        var view = SimulatedEstimation.ViewOf(plan, frame);
        var nights = EstimationPipeline.CalibrationNights(from, to, sim.CalibrationNights);
        var nightHours = SimulatedEstimation.AllocateNights(city, plan, frame, view, nights, truth, sim);
        var calibration = Calibration.Build(frame, nightHours, est);
        var sensitivityHours = new System.Collections.Concurrent.ConcurrentBag<(AllocatedHour, double)>();
        var days = SampleDays(from, to, options.MaxDays);
        var grid = new DisplacementGrid(city, options.DisplacementBaseM);
        var gate = new object();
        var detection = ObservationModel.DomesticDetection(city, sim.Observation, sim.Seed);
        var exactView = new EstimatorView(plan.Coverage, plan.CellCount);
        var dongs = city.Dongs.Count;
        var gus = city.Districts.Count;

        var slots = days.SelectMany(d => Enumerable.Range(0, 24).Select(h => new HourSlot(d, h))).ToArray();
        var hours = new HourMetrics[slots.Length];
        Parallel.For(0, slots.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var t = TruthOf(truth, slots[i], sim, gate);
            var counts = ObservationModel.Observe(city, plan, t, sim.Observation, sim.Seed);
            var allocated = HourAllocator.Allocate(frame, view, counts, est);
            var e = EstimationPipeline.FromAllocation(frame, allocated, calibration, est);
            var m = Measure(city, t, e, options, dongs, gus);
            if (slots[i].Hour % 4 == 2)
                sensitivityHours.Add((allocated, t.Domestic.Sum(v => (double)v) + t.LongTerm.Sum(v => (double)v) + t.ShortTerm.Sum(v => (double)v)));
            m.C1Domestic = DomesticTotal(EstimationPipeline.FromAllocation(frame, allocated, calibration, est.WithExpansion(ExpansionMethod.C1)));
            m.C2Domestic = DomesticTotal(EstimationPipeline.FromAllocation(frame, allocated, calibration, est.WithExpansion(ExpansionMethod.C2)));
            m.C3Domestic = DomesticTotal(est.Expansion.Method == ExpansionMethod.C3
                ? e
                : EstimationPipeline.FromAllocation(frame, allocated, calibration, est.WithExpansion(ExpansionMethod.C3)));
            if (options.SpatialHours.Contains(slots[i].Hour))
            {
                var reference = ExpectedDevices(city, t, detection, sim.Observation);
                m.Spatial = Spatial(frame, view, counts, est, grid, reference);
                m.SpatialExact = Spatial(frame, exactView, counts, est, grid, reference);
            }
            hours[i] = m;
        });

        var misspecified = Misspecified(city, frame, plan, view, truth, nights, days[0], options, gate);
        return Summarise(city, plan, hours, days, nights.Count, calibration, misspecified, options) with
        {
            Sensitivity = Sensitivity.Run(frame, nightHours, [.. sensitivityHours.OrderBy(h => h.Item1.Slot.Ordinal)], est),
        };
    }

    private static ValidationResult Summarise(
        SyntheticCity city, NetworkPlan plan, HourMetrics[] hours, IReadOnlyList<DateOnly> days, int nights, Calibration calibration,
        MisspecifiedShareResult misspecified, ValidationOptions options)
    {
        var cityErr = hours.Select(h => Pct(h.CityEstimate, h.CityTruth)).ToArray();
        double Sum(Func<HourMetrics, double> f) => hours.Sum(f);
        var ape = hours.SelectMany(h => h.Ape).ToList();
        var spatialMean = MeanSpatial(hours.Select(h => h.Spatial));
        var spatialExact = MeanSpatial(hours.Select(h => h.SpatialExact));
        var profile = new List<double>();
        var dongs = city.Dongs.Count;
        for (var d = 0; d < days.Count; d++)
        {
            var dayHours = hours.Skip(d * 24).Take(24).ToArray();
            for (var z = 0; z < dongs; z++)
            {
                var a = dayHours.Select(h => h.DongEstimate[z]).ToArray();
                var b = dayHours.Select(h => h.DongTruth[z]).ToArray();
                if (b.Average() > 0)
                    profile.Add(ValidationMetrics.Pearson(a, b));
            }
        }
        var profileMedian = ValidationMetrics.Median(profile);
        var foreignShareErr = hours.Average(h =>
            100 * Math.Abs(h.ChineseEstimate / Math.Max(1e-9, h.ForeignEstimate) - h.ChineseTruth / Math.Max(1e-9, h.ForeignTruth)));
        var wape = new LevelWape(
            Round(100 * Sum(h => h.GuAbs) / Sum(h => h.Truth)),
            Round(100 * Sum(h => h.DongAbs) / Sum(h => h.Truth)),
            Round(100 * Sum(h => h.OaAbs) / Sum(h => h.Truth)));
        var coverage = 100.0 * Sum(h => h.Covered) / Math.Max(1, Sum(h => h.CoverageCount));
        var medianApe = ValidationMetrics.Median(ape) * 100;
        var emRatio = spatialMean.Voronoi > 0 ? spatialMean.Em / spatialMean.Voronoi : 0;
        var sbRatio = spatialMean.Voronoi > 0 ? spatialMean.SimpleBayes / spatialMean.Voronoi : 0;
        var band = new BandWape(
            Round(100 * Sum(h => h.Band0Abs) / Math.Max(1e-9, Sum(h => h.Band0Truth))),
            Round(100 * Sum(h => h.Band70Abs) / Math.Max(1e-9, Sum(h => h.Band70Truth))));
        var dissimilarity = 100 * Sum(h => h.DissimilaritySum) / Math.Max(1, Sum(h => h.DissimilarityCount));
        var foreigners = new ForeignerErrors(
            Round(hours.Average(h => Pct(h.LongEstimate, h.LongTruth))),
            Round(hours.Average(h => Pct(h.ShortEstimate, h.ShortTruth))),
            Round(foreignShareErr));
        var expansions = new ExpansionErrors(
            Round(hours.Average(h => Pct(h.C1Domestic, h.DomesticTruth))),
            Round(hours.Average(h => Pct(h.C2Domestic, h.DomesticTruth))),
            Round(hours.Average(h => Pct(h.C3Domestic, h.DomesticTruth))));
        var sim = options.Simulation.Estimation;
        var targets = new List<TargetCheck>
        {
            new("cityTotalMaxErrorPct", Round(cityErr.Max()), "<= 0.5", cityErr.Max() <= 0.5),
            new("wapeGuPct", wape.Gu, "<= 3", wape.Gu <= 3),
            new("wapeDongPct", wape.Dong, "<= 8", wape.Dong <= 8),
            new("wapeOaPct", wape.Oa, "<= 22", wape.Oa <= 22),
            new("medianApeOaPct", Round(medianApe), "<= 15", medianApe <= 15),
            new("interval90CoveragePct", Round(coverage), "85-95", coverage is >= 85 and <= 95),
            new("spatialErrorRatioEmToVoronoi", Round(emRatio), "<= 0.5", emRatio <= 0.5),
            new("spatialErrorRatioEmToVoronoiExactCoverage", Round(spatialExact.Voronoi > 0 ? spatialExact.Em / spatialExact.Voronoi : 0), "<= 0.5",
                spatialExact.Voronoi > 0 && spatialExact.Em / spatialExact.Voronoi <= 0.5),
            new("misspecifiedShareC1ErrorPct", misspecified.C1ErrorPct, "about 7 (5-9)", misspecified.C1ErrorPct is >= 5 and <= 9),
            new("misspecifiedShareC2ErrorPct", misspecified.C2ErrorPct, "<= 1.5", misspecified.C2ErrorPct <= 1.5),
            new("misspecifiedShareC3ErrorPct", misspecified.C3ErrorPct, "<= 1.5", misspecified.C3ErrorPct <= 1.5),
            new("bandWapeDong0To9Pct", band.Age0To9, "<= 15", band.Age0To9 <= 15),
            new("bandWapeDong70PlusPct", band.Age70Plus, "<= 15", band.Age70Plus <= 15),
            new("ageDissimilarityDongPct", Round(dissimilarity), "<= 5", dissimilarity <= 5),
            new("longTermErrorPct", foreigners.LongTermErrorPct, "<= 5", foreigners.LongTermErrorPct <= 5),
            new("shortTermErrorPct", foreigners.ShortTermErrorPct, "<= 10", foreigners.ShortTermErrorPct <= 10),
            new("chineseShareErrorPp", foreigners.ChineseShareErrorPp, "<= 3", foreigners.ChineseShareErrorPp <= 3),
            new("profileCorrelationDongMedian", Round(profileMedian), ">= 0.95", profileMedian >= 0.95),
        };
        return new ValidationResult
        {
            Days = days.Count,
            Hours = hours.Length,
            SampledDates = days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            CalibrationNights = nights,
            Allocation = sim.Allocation.Method.ToString(),
            Sites = plan.SiteCount,
            Cells = plan.CellCount,
            CellsPerOa = Round((double)plan.Coverage.NonZeroCount / Math.Max(1, city.OaCount)),
            Expansion = sim.Expansion.Method.ToString(),
            CityTotalMaxErrorPct = Round(cityErr.Max()),
            CityTotalMeanErrorPct = Round(cityErr.Average()),
            WapePct = wape,
            MedianApeOaPct = Round(medianApe),
            Interval90CoveragePct = Round(coverage),
            SpatialErrorRatioEmToVoronoi = Round(emRatio),
            SpatialErrorRatioSbToVoronoi = Round(sbRatio),
            SpatialErrorM = spatialMean,
            SpatialErrorExactCoverageM = spatialExact,
            SpatialErrorRatioEmToVoronoiExactCoverage = Round(spatialExact.Voronoi > 0 ? spatialExact.Em / spatialExact.Voronoi : 0),
            MisspecifiedShare = misspecified,
            ExpansionCorrectShare = expansions,
            AgeDissimilarityDongPct = Round(dissimilarity),
            BandWapeDongPct = band,
            Foreigners = foreigners,
            ProfileCorrelationDongMedian = Round(profileMedian),
            Overdispersion = Round(calibration.Overdispersion),
            Targets = targets,
        };
    }

    private static SpatialErrors MeanSpatial(IEnumerable<SpatialErrors?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!).ToArray();
        return list.Length == 0
            ? new SpatialErrors(0, 0, 0)
            : new SpatialErrors(Round(list.Average(s => s.Em)), Round(list.Average(s => s.SimpleBayes)), Round(list.Average(s => s.Voronoi)));
    }

    /// <summary>True share = assumed + delta: recalibrate on the same nights and compare the three expansions.</summary>
    private static MisspecifiedShareResult Misspecified(
        SyntheticCity city, CityFrame frame, NetworkPlan plan, EstimatorView view, Func<HourSlot, TruthHour> truth, IReadOnlyList<DateOnly> nights,
        DateOnly day, ValidationOptions options, object gate)
    {
        var sim = options.Simulation;
        var assumed = sim.Estimation.Expansion.MarketShare;
        var trueShare = assumed + options.MisspecifiedShareDelta;
        var wrong = sim with { Observation = sim.Observation with { MarketShare = trueShare } };
        var calibration = SimulatedEstimation.Calibrate(city, plan, frame, view, nights, truth, wrong);
        var step = Math.Max(1, options.MisspecifiedHourStep);
        var slots = Enumerable.Range(0, 24).Where(h => h % step == 0).Select(h => new HourSlot(day, h)).ToArray();
        var errors = new double[slots.Length, 3];
        Parallel.For(0, slots.Length, i =>
        {
            var t = TruthOf(truth, slots[i], sim, gate);
            var truthDomestic = t.Domestic.Sum(v => (double)v);
            var counts = ObservationModel.Observe(city, plan, t, wrong.Observation, sim.Seed);
            var allocated = HourAllocator.Allocate(frame, view, counts, sim.Estimation);
            ExpansionMethod[] methods = [ExpansionMethod.C1, ExpansionMethod.C2, ExpansionMethod.C3];
            for (var k = 0; k < 3; k++)
            {
                var e = EstimationPipeline.FromAllocation(frame, allocated, calibration, sim.Estimation.WithExpansion(methods[k]));
                errors[i, k] = Pct(DomesticTotal(e), truthDomestic);
            }
        });
        double Mean(int k) => Enumerable.Range(0, slots.Length).Average(i => errors[i, k]);
        return new MisspecifiedShareResult(trueShare, assumed, Round(Mean(0)), Round(Mean(1)), Round(Mean(2)));
    }

    private static HourMetrics Measure(SyntheticCity city, TruthHour t, EstimateHour e, ValidationOptions options, int dongs, int gus)
    {
        var n = city.OaCount;
        var m = new HourMetrics { DongEstimate = new double[dongs], DongTruth = new double[dongs] };
        var guE = new double[gus];
        var guT = new double[gus];
        var dongStrataE = new double[dongs * S];
        var dongStrataT = new double[dongs * S];
        for (var j = 0; j < n; j++)
        {
            double te = 0, tt = 0, de = 0, dt = 0;
            for (var s = 0; s < S; s++)
            {
                de += e.Domestic[j * S + s];
                dt += t.Domestic[j * S + s];
                dongStrataE[city.OaDong[j] * S + s] += e.Domestic[j * S + s];
                dongStrataT[city.OaDong[j] * S + s] += t.Domestic[j * S + s];
            }
            double le = e.LongTerm[j * 2] + e.LongTerm[j * 2 + 1], lt = t.LongTerm[j * 2] + t.LongTerm[j * 2 + 1];
            double se = e.ShortTerm[j * 2] + e.ShortTerm[j * 2 + 1], st = t.ShortTerm[j * 2] + t.ShortTerm[j * 2 + 1];
            te = de + le + se;
            tt = dt + lt + st;
            m.DomesticTruth += dt;
            m.LongEstimate += le;
            m.LongTruth += lt;
            m.ShortEstimate += se;
            m.ShortTruth += st;
            m.ChineseEstimate += e.LongTerm[j * 2] + e.ShortTerm[j * 2];
            m.ChineseTruth += t.LongTerm[j * 2] + t.ShortTerm[j * 2];
            m.CityEstimate += te;
            m.CityTruth += tt;
            m.OaAbs += Math.Abs(te - tt);
            if (tt >= options.ApeMinTruth)
                m.Ape.Add(Math.Abs(te - tt) / tt);
            if (tt >= options.CoverageMinTruth)
            {
                m.CoverageCount++;
                if (tt >= e.TotalLower[j] && tt <= e.TotalUpper[j])
                    m.Covered++;
            }
            var d = city.OaDong[j];
            m.DongEstimate[d] += te;
            m.DongTruth[d] += tt;
            guE[city.DongDistrict[d]] += te;
            guT[city.DongDistrict[d]] += tt;
        }
        m.ForeignEstimate = m.LongEstimate + m.ShortEstimate;
        m.ForeignTruth = m.LongTruth + m.ShortTruth;
        m.Truth = m.CityTruth;
        for (var d = 0; d < dongs; d++)
        {
            m.DongAbs += Math.Abs(m.DongEstimate[d] - m.DongTruth[d]);
            var b = d * S;
            var truthSpan = dongStrataT.AsSpan(b, S);
            if (m.DongTruth[d] >= 100)
            {
                m.DissimilaritySum += ValidationMetrics.Dissimilarity(dongStrataE.AsSpan(b, S), truthSpan);
                m.DissimilarityCount++;
            }
            int[] child = [Strata.Index(Sex.Male, AgeBand.A0To9), Strata.Index(Sex.Female, AgeBand.A0To9)];
            int[] old = [Strata.Index(Sex.Male, AgeBand.A70Plus), Strata.Index(Sex.Female, AgeBand.A70Plus)];
            m.Band0Abs += Math.Abs(child.Sum(s => dongStrataE[b + s]) - child.Sum(s => dongStrataT[b + s]));
            m.Band0Truth += child.Sum(s => dongStrataT[b + s]);
            m.Band70Abs += Math.Abs(old.Sum(s => dongStrataE[b + s]) - old.Sum(s => dongStrataT[b + s]));
            m.Band70Truth += old.Sum(s => dongStrataT[b + s]);
        }
        for (var g = 0; g < gus; g++)
            m.GuAbs += Math.Abs(guE[g] - guT[g]);
        return m;
    }

    private static double[] AllocatedTotals(CityFrame city, EstimatorView view, OperatorHour counts, EstimationOptions options)
    {
        var a = HourAllocator.Allocate(city, view, counts, options);
        var n = city.OaCount;
        var totals = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var s = 0; s < S; s++)
                totals[j] += a.Domestic[j * S + s];
            totals[j] += a.LongTerm[j * 2] + a.LongTerm[j * 2 + 1] + a.ShortTerm[j * 2] + a.ShortTerm[j * 2 + 1];
        }
        return totals;
    }

    private static SpatialErrors Spatial(CityFrame city, EstimatorView view, OperatorHour counts, EstimationOptions est, DisplacementGrid grid, double[] reference) => new(
        grid.Distance(AllocatedTotals(city, view, counts, est.WithAllocation(AllocationMethod.Em)), reference),
        grid.Distance(AllocatedTotals(city, view, counts, est.WithAllocation(AllocationMethod.SimpleBayes)), reference),
        grid.Distance(AllocatedTotals(city, view, counts, est.WithAllocation(AllocationMethod.Voronoi)), reference));

    /// <summary>Where the devices really are: truth × detection (the map allocation tries to recover).</summary>
    private static double[] ExpectedDevices(SyntheticCity city, TruthHour t, float[] detection, ObservationOptions o)
    {
        var n = city.OaCount;
        var longDetect = o.LongTermMarketShare * o.LteShare * o.SwitchedOnShare;
        var totals = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var s = 0; s < S; s++)
                totals[j] += t.Domestic[j * S + s] * detection[j * S + s];
            totals[j] += (t.LongTerm[j * 2] + t.LongTerm[j * 2 + 1]) * longDetect
                + t.ShortTerm[j * 2] * o.RoamingShare[0] + t.ShortTerm[j * 2 + 1] * o.RoamingShare[1];
        }
        return totals;
    }

    private static double DomesticTotal(EstimateHour e) => e.Domestic.Sum(v => (double)v);

    private static TruthHour TruthOf(Func<HourSlot, TruthHour> truth, HourSlot slot, SimulationOptions sim, object gate)
    {
        if (sim.TruthIsThreadSafe)
            return truth(slot);
        lock (gate)
            return truth(slot);
    }

    /// <summary>At most <paramref name="max"/> days spread evenly over [from, to], first and last included.</summary>
    public static IReadOnlyList<DateOnly> SampleDays(DateOnly from, DateOnly to, int max)
    {
        var count = to.DayNumber - from.DayNumber + 1;
        if (max <= 0 || count <= max)
            return Enumerable.Range(0, count).Select(from.AddDays).ToArray();
        if (max == 1)
            return [from];
        return Enumerable.Range(0, max)
            .Select(k => from.AddDays((int)Math.Round(k * (count - 1) / (double)(max - 1))))
            .Distinct()
            .ToArray();
    }

    private static double Pct(double estimate, double truth) => truth > 0 ? 100 * Math.Abs(estimate - truth) / truth : 0;

    private static double Round(double v) => double.IsFinite(v) ? Math.Round(v, 3) : v;

    private sealed class HourMetrics
    {
        public double CityEstimate, CityTruth, Truth, DomesticTruth, C1Domestic, C2Domestic, C3Domestic;
        public double OaAbs, DongAbs, GuAbs;
        public List<double> Ape { get; } = [];
        public int Covered, CoverageCount;
        public double DissimilaritySum;
        public int DissimilarityCount;
        public double Band0Abs, Band0Truth, Band70Abs, Band70Truth;
        public double LongEstimate, LongTruth, ShortEstimate, ShortTruth, ChineseEstimate, ChineseTruth, ForeignEstimate, ForeignTruth;
        public required double[] DongEstimate { get; init; }
        public required double[] DongTruth { get; init; }
        public SpatialErrors? Spatial { get; set; }
        public SpatialErrors? SpatialExact { get; set; }
    }
}
