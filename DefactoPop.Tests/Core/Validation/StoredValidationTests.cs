using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Validation;

namespace DefactoPop.Tests.Core.Validation;

public sealed class StoredValidationTests
{
    private static readonly DateOnly Day = new(2017, 10, 11);

    /// <summary>One hour of a city of 4 집계구 in 2 행정동 in 1 자치구; every estimate is truth × factor, intervals ± width.</summary>
    private static StoredHour Hour(int h, double factor, double width = 0.05)
    {
        double[] oa = [100, 200, 300, 400];
        double[] dong = [300, 700];
        double[] gu = [1000];
        double[] city = [1000];
        return new StoredHour(new HourSlot(Day, h), Level(oa, factor, width), Level(dong, factor, width), Level(gu, factor, width), Level(city, factor, width))
        {
            Foreign = new ForeignHour(10 * factor, 10, 5 * factor, 5, 6, 6),
        };
    }

    private static LevelHour Level(double[] truth, double factor, double width)
    {
        var estimate = Array.ConvertAll(truth, t => t * factor);
        return new LevelHour(estimate, truth, Array.ConvertAll(estimate, e => e * (1 - width)), Array.ConvertAll(estimate, e => e * (1 + width)));
    }

    private static StoredMetrics Measure(params StoredHour[] hours) => StoredValidation.Measure(StoredValidation.TallyDay(hours));

    [Fact]
    public void Measure_EstimateEqualsTruth_NoErrorAndFullCoverage()
    {
        var m = Measure(Hour(0, 1), Hour(1, 1));

        Assert.Equal((0.0, 0.0, 0.0, 0.0), (m.CityTotalMaxErrorPct, m.WapePct.Gu, m.WapePct.Dong, m.WapePct.Oa));
        Assert.Equal(new LevelCoverage(100, 100, 100, 100), m.Interval90CoveragePct);
        Assert.True(m.Targets.Single(t => t.Name == "wapeOaPct").Met);
        Assert.False(m.Targets.Single(t => t.Name == "interval90CoverageOaPct").Met);
    }

    [Fact]
    public void Measure_EstimateTenPercentHigh_TenPercentAtEveryLevel()
    {
        var m = Measure(Hour(0, 1.1), Hour(1, 1.1));

        Assert.Equal((10.0, 10.0, 10.0, 10.0), (m.CityTotalMaxErrorPct, m.WapePct.Gu, m.WapePct.Dong, m.WapePct.Oa));
        Assert.Equal(10.0, m.Foreigners!.LongTermErrorPct);
        Assert.Equal(new LevelCoverage(0, 0, 0, 0), m.Interval90CoveragePct);
        Assert.False(m.AllTargetsMet);
    }

    [Fact]
    public void Measure_WorstHour_IsTheCityMaximumAndTheMeanAveragesHours()
    {
        var m = Measure(Hour(0, 1), Hour(1, 1.004), Hour(2, 0.99));

        Assert.Equal(1.0, m.CityTotalMaxErrorPct, 9);
        Assert.Equal(1.4 / 3, m.CityTotalMeanErrorPct, 3);
        Assert.False(m.Targets.Single(t => t.Name == "cityTotalMaxErrorPct").Met);
    }

    [Fact]
    public void Measure_ZoneWithoutEstimate_CountsAsZeroAndHasNoInterval()
    {
        var hour = Hour(0, 1);
        hour.Oa.Estimate[3] = double.NaN;
        hour.Oa.Lower![3] = double.NaN;
        hour.Oa.Upper![3] = double.NaN;

        var m = Measure(hour);

        Assert.Equal(40.0, m.WapePct.Oa);
        Assert.Equal(100.0, m.Interval90CoveragePct.Oa);
    }

    [Fact]
    public void Measure_NoIntervalsStored_CoverageIsNaNAndMissed()
    {
        var hour = Hour(0, 1) with { Gu = new LevelHour([1000], [1000]) };

        var m = Measure(hour);

        Assert.True(double.IsNaN(m.Interval90CoveragePct.Gu));
        Assert.False(m.Targets.Single(t => t.Name == "interval90CoverageGuPct").Met);
    }

    [Fact]
    public void Report_TwoDays_OverallPoolsTheirHours()
    {
        var good = StoredValidation.TallyDay([Hour(0, 1), Hour(1, 1)]);
        var bad = StoredValidation.TallyDay([Hour(0, 1.2), Hour(1, 1.2)]);

        var report = StoredValidation.Report([(Day, good), (Day.AddDays(1), bad)]);

        Assert.Equal(["2017-10-11", "2017-10-12"], report.Days.Select(d => d.Date));
        Assert.Equal((2, 4), (report.Overall.Days, report.Overall.Hours));
        Assert.Equal(10.0, report.Overall.WapePct.Dong);
        Assert.Equal(20.0, report.Overall.CityTotalMaxErrorPct);
        Assert.Equal(50.0, report.Overall.Interval90CoveragePct.City);
        Assert.Null(report.Overall.Date);
    }

    [Fact]
    public void ToJson_Report_HasTheDocumentedFields()
    {
        var report = StoredValidation.Report([(Day, StoredValidation.TallyDay([Hour(0, 1.001, 0.01)]))]);

        using var doc = JsonDocument.Parse(report.ToJson());
        var root = doc.RootElement;

        var day = root.GetProperty("days")[0];
        Assert.Equal("2017-10-11", day.GetProperty("date").GetString());
        Assert.Equal(0.1, day.GetProperty("cityTotalMaxErrorPct").GetDouble(), 9);
        Assert.Equal(0.1, day.GetProperty("wapePct").GetProperty("oa").GetDouble(), 9);
        Assert.Equal(100, day.GetProperty("interval90CoveragePct").GetProperty("city").GetDouble());
        Assert.Equal(8, day.GetProperty("targets").GetArrayLength());
        Assert.Equal("<= 0.5", day.GetProperty("targets")[0].GetProperty("target").GetString());
        Assert.Equal(1, root.GetProperty("overall").GetProperty("days").GetInt32());
        Assert.False(root.GetProperty("overall").TryGetProperty("date", out _));
        Assert.False(root.GetProperty("allTargetsMet").GetBoolean());
        Assert.Equal("store", root.GetProperty("mode").GetString());
    }

    [Fact]
    public void RollUp_ChildrenIntoParents_SkipsThoseWithoutParent()
    {
        var sums = TruthTotals.RollUp([1, 2, 3, 4], [0, 1, 0, -1], 2);

        Assert.Equal([4.0, 2.0], sums);
    }
}
