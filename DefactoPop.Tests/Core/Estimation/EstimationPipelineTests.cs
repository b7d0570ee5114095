using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

public class EstimationPipelineTests
{
    private static TestWorld World => TestWorld.Small;
    private static readonly DateOnly s_day = new(2017, 10, 4);

    private static readonly Lazy<IReadOnlyList<EstimateHour>> s_dayEstimate = new(() =>
        SimulatedEstimation.EstimateDay(World.TestCity.City, World.Plan, World.Frame, World.View, World.Calibration, s_day, World.TestCity.Truth, World.Simulation));

    [Fact]
    public void EstimateDay_Returns24OrderedHoursWithIntervalsAroundTheEstimate()
    {
        var day = s_dayEstimate.Value;
        Assert.Equal(24, day.Count);
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(new HourSlot(s_day, h), day[h].Slot);
            Assert.Equal(ExpansionMethod.C3, day[h].Method);
            for (var j = 0; j < day[h].OaCount; j++)
            {
                var total = day[h].OaTotal(j);
                Assert.InRange(total, day[h].TotalLower[j] - 1e-3 * (1 + total), day[h].TotalUpper[j] + 1e-3 * (1 + total));
            }
        }
    }

    [Fact]
    public void EstimateDay_CityTotal_FollowsTheTruthWithinHalfPercentPlusCountNoise()
    {
        foreach (var e in s_dayEstimate.Value)
        {
            var t = World.TestCity.Truth(e.Slot);
            var truth = t.Domestic.Sum(v => (double)v) + t.LongTerm.Sum(v => (double)v) + t.ShortTerm.Sum(v => (double)v);
            // ≈ 0.25 devices per person: 3 Poisson SDs of the hourly device total on top of the 0.5 % target.
            var tolerance = 0.005 + 3 / Math.Sqrt(0.25 * truth);
            Assert.InRange(e.CityTotal() / truth, 1 - tolerance, 1 + tolerance);
        }
    }

    [Fact]
    public void EstimateDay_SameSeed_Identical()
    {
        var again = SimulatedEstimation.EstimateDay(World.TestCity.City, World.Plan, World.Frame, World.View, World.Calibration, s_day, World.TestCity.Truth, World.Simulation);
        for (var h = 0; h < 24; h += 5)
        {
            Assert.Equal(s_dayEstimate.Value[h].Domestic, again[h].Domestic);
            Assert.Equal(s_dayEstimate.Value[h].ShortTerm, again[h].ShortTerm);
            Assert.Equal(s_dayEstimate.Value[h].TotalUpper, again[h].TotalUpper);
        }
    }

    [Fact]
    public void EstimateHour_DifferentSeed_DifferentValuesSameStatistics()
    {
        var slot = new HourSlot(s_day, 14);
        var truth = World.TestCity.Truth(slot);
        var a = EstimationPipeline.EstimateHour(World.Frame, World.View, World.Calibration,
            ObservationModel.Observe(World.TestCity.City, World.Plan, truth, World.Simulation.Observation, 1), World.Simulation.Estimation);
        var b = EstimationPipeline.EstimateHour(World.Frame, World.View, World.Calibration,
            ObservationModel.Observe(World.TestCity.City, World.Plan, truth, World.Simulation.Observation, 2), World.Simulation.Estimation);
        Assert.NotEqual(a.Domestic, b.Domestic);
        // Seeds differ in count noise and in which cells fail that day (outages move devices to neighbours).
        Assert.InRange(b.CityTotal() / a.CityTotal(), 0.98, 1.02);
        var oaTruth = Enumerable.Range(0, a.OaCount).Select(j => Enumerable.Range(0, Strata.Count).Sum(s => (double)truth.Domestic[j * Strata.Count + s])).ToArray();
        double Wape(EstimateHour e) => DefactoPop.Core.Validation.ValidationMetrics.WapePct(Enumerable.Range(0, e.OaCount).Select(e.DomesticTotal).ToArray(), oaTruth);
        Assert.InRange(Wape(b) - Wape(a), -3, 3);
    }

    [Fact]
    public void EstimateDay_FromCounts_EqualsSimulatedDay()
    {
        var counts = Enumerable.Range(0, 24)
            .Select(h => ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(new HourSlot(s_day, h)), World.Simulation.Observation, World.Seed))
            .ToArray();
        var fromCounts = EstimationPipeline.EstimateDay(World.Frame, World.View, World.Calibration, counts, World.Simulation.Estimation);
        for (var h = 0; h < 24; h += 7)
            Assert.Equal(s_dayEstimate.Value[h].Domestic, fromCounts[h].Domestic);
    }

    [Fact]
    public void CalibrationNights_Period_AreTheFirstOrdinaryWeekdays()
    {
        var nights = EstimationPipeline.CalibrationNights(new DateOnly(2017, 10, 1), new DateOnly(2017, 10, 31));
        Assert.Equal(7, nights.Count);
        // The Chuseok break (09-30 … 10-09) is skipped: its nights are not census nights.
        Assert.Equal(new DateOnly(2017, 10, 10), nights[0]);
        Assert.All(nights, d => Assert.Equal(DayType.Weekday, KoreanCalendar.DayTypeOf(d)));
        var weekend = EstimationPipeline.CalibrationNights(new DateOnly(2017, 10, 7), new DateOnly(2017, 10, 8));
        Assert.Equal(7, weekend.Count);
        Assert.Equal(new DateOnly(2017, 10, 10), weekend[0]);
        var oneDay = EstimationPipeline.CalibrationNights(new DateOnly(2017, 12, 20), new DateOnly(2017, 12, 20));
        Assert.Equal([new DateOnly(2017, 12, 20)], oneDay);
    }

    [Fact]
    public void PopulationRows_ThreeClassesPerOa_WithStrataAndNationalities()
    {
        var city = World.TestCity.City;
        var e = s_dayEstimate.Value[15];
        var rows = PopulationRows.FromEstimate(World.Frame, e).ToList();
        Assert.Equal(3 * city.OaCount, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(ZoneLevel.Oa, r.Level);
            Assert.True(ZoneCodes.IsOa(r.ZoneCode));
            Assert.True(ZoneCodes.IsDong(r.ParentCode!));
            Assert.Equal(e.Slot, r.Slot);
            Assert.False(r.Total.IsMasked);
        });
        var domestic = rows.Where(r => r.Class == PopulationClass.Domestic).ToList();
        Assert.Equal(city.OaCount, domestic.Count);
        Assert.All(domestic, r =>
        {
            Assert.Equal(Strata.Count, r.Strata!.Length);
            Assert.Equal(r.Total.Value, r.Strata.Sum(v => v.Value), 1e-2);
            Assert.Null(r.Chinese);
        });
        var shortTerm = rows.Where(r => r.Class == PopulationClass.ShortTermForeign).ToList();
        Assert.All(shortTerm, r => Assert.Equal(r.Total.Value, r.Chinese!.Value.Value + r.OtherForeign!.Value.Value, 1e-3));
        var first = domestic[0];
        Assert.Equal(city.Oas[0].Code, first.ZoneCode);
        Assert.Equal(city.Dongs[city.OaDong[0]].Code, first.ParentCode);
        // Published in hundredths: the total is the sum of 28 rounded strata, so within 28 × 0.005 of the unrounded one.
        Assert.Equal(e.DomesticTotal(0), first.Total.Value, 28 * 0.005 + 1e-9);
    }
}
