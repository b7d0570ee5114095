using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Synthetic;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>Share of true totals inside the 90 % interval at 집계구, 행정동, 자치구 and the city, rolled up as the store does.</summary>
internal static class IntervalCoverage
{
    public static double[] PerLevel(SyntheticCity city, Func<HourSlot, TruthHour> truthOf, IEnumerable<EstimateHour> hours, ITestOutputHelper output)
    {
        var district = city.OaDong.Select(d => city.DongDistrict[d]).ToArray();
        var covered = new int[4];
        var counted = new int[4];
        foreach (var e in hours)
        {
            var t = truthOf(e.Slot);
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
        output.WriteLine($"90% coverage ({city.OaCount} OAs, out of sample): 집계구 {pct[0]:0.0}% (n={counted[0]}), 행정동 {pct[1]:0.0}% (n={counted[1]}), " +
            $"자치구 {pct[2]:0.0}% (n={counted[2]}), city {pct[3]:0.0}% (n={counted[3]})");
        return pct;

        void Count(int level, IReadOnlyList<IntervalParts> parts, double[] e, double[] truth)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (truth[i] < 5)
                    continue;
                var (lo, hi) = parts[i].Bounds(e[i]);
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
}
