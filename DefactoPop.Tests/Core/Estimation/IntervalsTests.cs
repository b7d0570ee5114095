using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Tests.TestSupport.TestCities;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Estimation;

public class IntervalsTests(ITestOutputHelper output)
{
    private static TestWorld World => TestWorld.Small;

    /// <summary>Out of sample: a weekday and a Saturday after the calibration nights (10-02 … 10-13).</summary>
    private static readonly DateOnly[] s_days = [new(2017, 10, 18), new(2017, 10, 21)];

    private static readonly Lazy<IReadOnlyList<EstimateHour>> s_hours = new(() =>
        [.. s_days.SelectMany(d => EstimationPipeline.EstimateDay(World.TestCity.City, World.Plan, World.View, World.Calibration, d, World.TestCity.Truth, World.Simulation))]);

    [Fact]
    public void Parts_AcrossDistricts_SharedBecomesIndependent()
    {
        var a = new IntervalParts(100, 30);
        var b = new IntervalParts(50, 40);
        Assert.Equal(new IntervalParts(150, 70), a + b);
        Assert.Equal(150 + 70 * 70, (a + b).Variance);
        Assert.Equal(100 + 900 + 50 + 1600, IntervalsCity(a, b).Independent);
    }

    [Fact]
    public void OaSpread_PartsOf_ScalesWithTheValue()
    {
        var spread = new OaSpread(2, 0.01, 0.03);
        Assert.Equal(new IntervalParts(2 * 100 + 0.01 * 100 * 100, 3), spread.PartsOf(100));
        Assert.Equal(default, spread.PartsOf(0));
    }

    [Fact]
    public void EstimateHour_Spread_ComesFromTheCalibrationNotAConstant()
    {
        var e = s_hours.Value[14];
        var spread = Intervals.SpreadOf(World.Calibration, [.. World.TestCity.City.OaDong.Select(d => World.TestCity.City.DongDistrict[d])], new double[e.OaCount]);
        Assert.Equal(e.OaCount, e.Spread.Length);
        Assert.All(spread.SharedCv, cv => Assert.InRange(cv, 1e-4, 0.2));
        Assert.All(spread.ModelCv, cv => Assert.InRange(cv, 0, 0.5));
        // Districts differ: each is measured on its own nights and zones.
        Assert.True(spread.ModelCv.Distinct().Count() > 1);
    }

    [Fact]
    public void CityInterval_IsNarrowerThanTheSumOfOaBoundsButWiderThanIndependentZones()
    {
        var city = World.TestCity.City;
        var e = s_hours.Value[14];
        var oa = Intervals.OaParts(e);
        var gu = Intervals.Sum(oa, [.. city.OaDong.Select(d => city.DongDistrict[d])], city.Districts.Count);
        var parts = Intervals.City(gu);
        var total = e.CityTotal();
        var (lower, upper) = parts.Bounds(total);
        var naive = Enumerable.Range(0, e.OaCount).Sum(j => e.TotalUpper[j] - e.TotalLower[j]);
        var independent = new IntervalParts(oa.Sum(p => p.Variance), 0).Bounds(total);
        Assert.InRange(lower, 0, total);
        Assert.True(upper - lower < naive / 3, $"city width {upper - lower:0} vs naive sum {naive:0}");
        Assert.True(upper - lower > independent.Upper - independent.Lower, "the district calibration error must widen the city interval");
    }

    [Fact]
    public void Coverage_SmallCityOutOfSample_MeasuredPerLevel()
    {
        var city = World.TestCity.City;
        var district = city.OaDong.Select(d => city.DongDistrict[d]).ToArray();
        var covered = new int[4];
        var counted = new int[4];
        foreach (var e in s_hours.Value)
        {
            var t = World.TestCity.Truth(e.Slot);
            var truth = Enumerable.Range(0, e.OaCount).Select(j =>
                Enumerable.Range(0, Strata.Count).Sum(s => (double)t.Domestic[j * Strata.Count + s])
                + t.LongTerm[j * 2] + t.LongTerm[j * 2 + 1] + t.ShortTerm[j * 2] + t.ShortTerm[j * 2 + 1]).ToArray();
            var est = Enumerable.Range(0, e.OaCount).Select(e.OaTotal).ToArray();
            var oa = Intervals.OaParts(e);
            Count(0, oa, est, truth);
            Count(1, Intervals.Sum(oa, city.OaDong, city.Dongs.Count), Group(est, city.OaDong, city.Dongs.Count), Group(truth, city.OaDong, city.Dongs.Count));
            var gu = Intervals.Sum(oa, district, city.Districts.Count);
            Count(2, gu, Group(est, district, city.Districts.Count), Group(truth, district, city.Districts.Count));
            Count(3, [Intervals.City(gu)], [est.Sum()], [truth.Sum()]);
        }
        var pct = covered.Select((c, i) => 100.0 * c / Math.Max(1, counted[i])).ToArray();
        output.WriteLine($"90% coverage (2 days × 24 h, out of sample): 집계구 {pct[0]:0.0}% (n={counted[0]}), 행정동 {pct[1]:0.0}% (n={counted[1]}), 자치구 {pct[2]:0.0}% (n={counted[2]}), city {pct[3]:0.0}% (n={counted[3]})");
        // The measured figures are reported, not tuned; a model far from 90 % at the zones fails here.
        Assert.InRange(pct[0], 60, 100);
        Assert.InRange(pct[1], 50, 100);

        void Count(int level, IReadOnlyList<IntervalParts> parts, double[] est, double[] truth)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (truth[i] < 5)
                    continue;
                var (lo, hi) = parts[i].Bounds(est[i]);
                counted[level]++;
                if (truth[i] >= lo && truth[i] <= hi)
                    covered[level]++;
            }
        }
    }

    private static double[] Group(double[] values, IReadOnlyList<int> groupOf, int groups)
    {
        var result = new double[groups];
        for (var i = 0; i < values.Length; i++)
            result[groupOf[i]] += values[i];
        return result;
    }

    private static IntervalParts IntervalsCity(params IntervalParts[] districts) => Intervals.City(districts);
}
