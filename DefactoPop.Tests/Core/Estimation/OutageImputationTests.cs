using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

public class OutageImputationTests
{
    private static TestWorld World => TestWorld.Small;
    private static readonly DateOnly s_day = new(2017, 10, 11);
    private static readonly ObservationOptions s_outages = new() { OutageProbabilityPerDay = 0.08 };
    private static readonly Lazy<OperatorHour[]> s_counts = new(() =>
        [.. Enumerable.Range(0, 24).Select(h => ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(new HourSlot(s_day, h)), s_outages, World.Seed))]);

    private static OperatorHour[] Counts => s_counts.Value;

    private static AllocatedHour[] Allocated() =>
        [.. Counts.Select(c => HourAllocator.Allocate(World.Frame, World.View, c))];

    [Fact]
    public void Impute_DayWithOutages_KeepsEveryHourTotalAndFlagsTheAffectedOas()
    {
        var allocated = Allocated();
        var imputed = OutageImputation.Impute(allocated, World.View.Coverage, [.. Counts.Select(c => c.Outage)]);
        var flagged = 0;
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(Total(allocated[h]), Total(imputed[h]), Total(allocated[h]) * 1e-9);
            var affected = OutageImputation.AffectedOas(World.View.Coverage, Counts[h].Outage, new ImputationOptions().AffectedShare);
            if (!Counts[h].HasOutage)
            {
                Assert.Same(allocated[h], imputed[h]);
                continue;
            }
            Assert.Equal(affected, imputed[h].Imputed);
            flagged += affected.Count(a => a);
        }
        Assert.True(flagged > 0, "the seeded day should have OAs that lean on a down cell");
    }

    [Fact]
    public void Impute_AffectedOas_AreCloserToTheFiguresOfAnUnbrokenNetwork()
    {
        // The outage's own error: the same hours observed with every cell up, allocated the same way.
        var unbroken = Enumerable.Range(0, 24).Select(h => HourAllocator.Allocate(World.Frame, World.View, ObservationModel.Observe(World.TestCity.City,
            World.Plan, World.TestCity.Truth(new HourSlot(s_day, h)), new ObservationOptions { OutageProbabilityPerDay = 0 }, World.Seed))).ToArray();
        var outages = Counts.Select(c => c.Outage).ToArray();
        var bare = OutageImputation.Impute(Allocated(), World.View.Coverage, outages, new ImputationOptions { Enabled = false });
        var imputed = OutageImputation.Impute(Allocated(), World.View.Coverage, outages);
        double bareError = 0, imputedError = 0;
        for (var h = 0; h < 24; h++)
        {
            if (imputed[h].Imputed is not { } flags)
                continue;
            for (var j = 0; j < flags.Length; j++)
            {
                if (!flags[j])
                    continue;
                bareError += Math.Abs(OaTotal(bare[h], j) - OaTotal(unbroken[h], j));
                imputedError += Math.Abs(OaTotal(imputed[h], j) - OaTotal(unbroken[h], j));
            }
        }
        Assert.True(imputedError < bareError, $"imputed error {imputedError:F0} vs bare allocation {bareError:F0}");
    }

    [Fact]
    public void Impute_AffectedOas_GainTheSpreadOfTheirReferenceHours()
    {
        var outages = Counts.Select(c => c.Outage).ToArray();
        var bare = OutageImputation.Impute(Allocated(), World.View.Coverage, outages, new ImputationOptions { Enabled = false });
        var imputed = OutageImputation.Impute(Allocated(), World.View.Coverage, outages);
        var wider = 0;
        for (var h = 0; h < 24; h++)
        {
            if (imputed[h].Imputed is not { } flags)
                continue;
            for (var j = 0; j < flags.Length; j++)
            {
                if (!flags[j])
                    continue;
                Assert.True(imputed[h].AllocationVariance[j] >= bare[h].AllocationVariance[j]);
                if (imputed[h].AllocationVariance[j] > bare[h].AllocationVariance[j])
                    wider++;
            }
        }
        Assert.True(wider > 0);
    }

    [Fact]
    public void EstimateDay_WithOutages_FlagsReachTheEstimates()
    {
        var day = EstimationPipeline.EstimateDay(World.Frame, World.View, World.Calibration, Counts);
        var imputed = OutageImputation.Impute(Allocated(), World.View.Coverage, [.. Counts.Select(c => c.Outage)]);
        for (var h = 0; h < 24; h++)
        {
            if (imputed[h].Imputed is { } flags)
                Assert.Equal(flags, day[h].Imputed);
            else
                Assert.Empty(day[h].Imputed);
        }
        Assert.Contains(day, e => e.Imputed.Contains(true));
    }

    [Fact]
    public void EstimateDay_NoOutage_FlagsNothing()
    {
        var clean = Enumerable.Range(0, 24).Select(h => ObservationModel.Observe(World.TestCity.City, World.Plan,
            World.TestCity.Truth(new HourSlot(s_day, h)), new ObservationOptions { OutageProbabilityPerDay = 0 }, World.Seed)).ToArray();
        var day = EstimationPipeline.EstimateDay(World.Frame, World.View, World.Calibration, clean);
        Assert.All(day, e => Assert.Empty(e.Imputed));
    }

    private static double Total(AllocatedHour hour) => Enumerable.Range(0, hour.AllocationVariance.Length).Sum(j => OaTotal(hour, j));

    private static double OaTotal(AllocatedHour hour, int j)
    {
        double sum = 0;
        for (var s = 0; s < Strata.Count; s++)
            sum += hour.Domestic[j * Strata.Count + s];
        return sum + hour.LongTerm[j * 2] + hour.LongTerm[j * 2 + 1] + hour.ShortTerm[j * 2] + hour.ShortTerm[j * 2 + 1];
    }
}
