using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

public class AllocationTests
{
    private static TestWorld World => TestWorld.Small;
    private static readonly HourSlot s_noon = new(new DateOnly(2017, 10, 4), 12);

    public static TheoryData<AllocationMethod> Methods => [AllocationMethod.Em, AllocationMethod.SimpleBayes, AllocationMethod.Voronoi];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Allocate_AnyMethodWithOutages_ConservesMassPerStratum(AllocationMethod method)
    {
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(s_noon),
            new ObservationOptions { OutageProbabilityPerDay = 0.3 }, 1);
        Assert.True(counts.HasOutage);
        var options = new EstimationOptions().WithAllocation(method);
        var a = HourAllocator.Allocate(World.Frame, World.View, counts, options);
        for (var s = 0; s < Strata.Count; s++)
        {
            var cells = Enumerable.Range(0, counts.CellCount).Sum(i => (double)counts.Domestic[i * Strata.Count + s]);
            var oas = Enumerable.Range(0, World.TestCity.City.OaCount).Sum(j => a.Domestic[j * Strata.Count + s]);
            Assert.Equal(cells, oas, cells * 1e-9 + 1e-9);
        }
        Assert.Equal(counts.ShortTerm.Sum(v => (double)v), a.ShortTerm.Sum(), 1e-6);
        Assert.Equal(counts.LongTerm.Sum(v => (double)v), a.LongTerm.Sum(), 1e-6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.0)]
    public void Em_PriorEqualsTruthAndExactCounts_IsAFixedPoint(double priorStrength)
    {
        var p = World.Plan.Coverage;
        var truth = World.TestCity.Truth(s_noon);
        var u = Enumerable.Range(0, p.OaCount).Select(j => Enumerable.Range(0, Strata.Count).Sum(s => (double)truth.Domestic[j * Strata.Count + s])).ToArray();
        var c = new double[p.CellCount];
        for (var j = 0; j < p.OaCount; j++)
        {
            var cells = p.CellsOf(j);
            var probs = p.ProbabilitiesOf(j);
            for (var k = 0; k < cells.Length; k++)
                c[cells[k]] += probs[k] * u[j];
        }
        var result = Allocation.Em(p, c, u, 10, 0, priorStrength);
        for (var j = 0; j < u.Length; j++)
            Assert.Equal(u[j], result.Oa[j], u[j] * 1e-5 + 1e-6);
    }

    [Fact]
    public void Em_UniformPrior_StopsWithinTenIterations()
    {
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(s_noon), new ObservationOptions(), 1);
        var totals = Enumerable.Range(0, counts.CellCount).Select(counts.CellTotal).ToArray();
        var prior = Enumerable.Repeat(1.0, World.TestCity.City.OaCount).ToArray();
        var em = Allocation.Run(World.View.Coverage, totals, prior, new AllocationOptions());
        Assert.InRange(em.Iterations, 2, 10);
        var loose = Allocation.Run(World.View.Coverage, totals, prior, new AllocationOptions { Tolerance = 0.5 });
        Assert.True(loose.Iterations < em.Iterations);
        var sb = Allocation.Run(World.View.Coverage, totals, prior, new AllocationOptions { Method = AllocationMethod.SimpleBayes });
        Assert.Equal(1, sb.Iterations);
    }

    [Fact]
    public void Allocate_DoubledCounts_DoubleTheAllocation()
    {
        var counts = ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(s_noon), new ObservationOptions(), 1);
        var a = HourAllocator.Allocate(World.Frame, World.View, counts);
        var b = HourAllocator.Allocate(World.Frame, World.View, counts.Scaled(2));
        for (var k = 0; k < a.Domestic.Length; k++)
            Assert.Equal(2 * a.Domestic[k], b.Domestic[k], 1e-6 * (1 + a.Domestic[k]));
    }

    [Fact]
    public void Voronoi_OneCellCounted_GoesToItsBestServedOas()
    {
        var p = World.View.Coverage;
        var best = p.BestServer();
        var c = new double[p.CellCount];
        c[best[0]] = 100;
        var prior = Enumerable.Repeat(1.0, p.OaCount).ToArray();
        var v = Allocation.Voronoi(p, c, prior);
        var served = Enumerable.Range(0, p.OaCount).Where(j => best[j] == best[0]).ToArray();
        Assert.Equal(100, served.Sum(j => v.Oa[j]), 6);
        Assert.All(served, j => Assert.Equal(100.0 / served.Length, v.Oa[j], 6));
    }

    [Fact]
    public void Em_FromLandUsePrior_BeatsVoronoiOnOaError()
    {
        var city = World.TestCity.City;
        var truth = World.TestCity.Truth(s_noon);
        var observation = new ObservationOptions { OutageProbabilityPerDay = 0 };
        var counts = ObservationModel.Observe(city, World.Plan, truth, observation, 1);
        var detection = ObservationModel.DomesticDetection(city, observation, 1);
        var expected = Enumerable.Range(0, city.OaCount)
            .Select(j => Enumerable.Range(0, Strata.Count).Sum(s => (double)truth.Domestic[j * Strata.Count + s] * detection[j * Strata.Count + s])).ToArray();
        double Error(AllocationMethod m)
        {
            var a = HourAllocator.Allocate(World.Frame, World.View, counts, new EstimationOptions().WithAllocation(m));
            var oa = Enumerable.Range(0, city.OaCount).Select(j => Enumerable.Range(0, Strata.Count).Sum(s => a.Domestic[j * Strata.Count + s])).ToArray();
            return DefactoPop.Core.Validation.ValidationMetrics.WapePct(oa, expected);
        }
        Assert.True(Error(AllocationMethod.Em) < 0.5 * Error(AllocationMethod.Voronoi));
    }
}
