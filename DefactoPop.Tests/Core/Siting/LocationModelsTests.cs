using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class LocationModelsTests
{
    private static (double[] Demand, double[][] Distance) Instance(int seed, int units, int sites)
    {
        var rng = new Random(seed);
        var u = Enumerable.Range(0, units).Select(_ => new SitePoint(rng.NextDouble() * 1000, rng.NextDouble() * 1000)).ToArray();
        var s = Enumerable.Range(0, sites).Select(_ => new SitePoint(rng.NextDouble() * 1000, rng.NextDouble() * 1000)).ToArray();
        return ([.. u.Select(_ => (double)rng.Next(1, 100))], SitePoint.Distances(u, s));
    }

    private static IEnumerable<int[]> Combinations(int n, int k, int start = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }
        for (var j = start; j <= n - k; j++)
        {
            foreach (var rest in Combinations(n, k - 1, j + 1))
                yield return [j, .. rest];
        }
    }

    [Fact]
    public void Mclp_RandomSmallInstances_GreedySwapReachesBruteForceOnMostAndNeverBelowTheBound()
    {
        var optimal = 0;
        const int seeds = 100;
        for (var seed = 0; seed < seeds; seed++)
        {
            var (demand, distance) = Instance(seed, 30, 10);
            var covers = LocationModels.Coverage(distance, 250);
            var p = 1 + seed % 4;
            var best = Combinations(10, p).Max(c => LocationModels.CoveredDemand(demand, covers, c));

            var heuristic = LocationModels.Mclp(demand, covers, p);
            var exact = LocationModels.MclpExact(demand, covers, p);

            Assert.Equal(best, exact.Objective, 6);
            Assert.True(heuristic.Objective >= (1 - 1 / Math.E) * best - 1e-9, $"seed {seed}: {heuristic.Objective} vs {best}");
            Assert.Equal(p, heuristic.Sites.Count);
            optimal += Math.Abs(heuristic.Objective - best) < 1e-9 ? 1 : 0;
        }
        Assert.True(optimal >= 0.95 * seeds, $"{optimal}/{seeds} optimal");
    }

    [Fact]
    public void PMedian_RandomSmallInstances_ExactIsBruteForceAndTeitzBartMostlyReachesIt()
    {
        var optimal = 0;
        const int seeds = 60;
        for (var seed = 0; seed < seeds; seed++)
        {
            var (demand, distance) = Instance(1000 + seed, 25, 9);
            var p = 1 + seed % 3;
            var best = Combinations(9, p).Min(c => LocationModels.WeightedDistance(demand, distance, c));

            var exact = LocationModels.PMedianExact(demand, distance, p);
            var heuristic = LocationModels.PMedian(demand, distance, p);

            Assert.Equal(best, exact.Objective, 6);
            Assert.True(heuristic.Objective >= best - 1e-6);
            optimal += heuristic.Objective - best < 1e-6 ? 1 : 0;
        }
        Assert.True(optimal >= 0.9 * seeds, $"{optimal}/{seeds} optimal");
    }

    [Fact]
    public void Mclp_ExistingFacilitiesFixed_StayOpenAndTheNewSitesCoverWhatTheyMiss()
    {
        // Units in three clusters; an existing facility already serves the first.
        SitePoint[] units = [new(0, 0), new(10, 0), new(1000, 0), new(1010, 0), new(0, 1000)];
        SitePoint[] sites = [new(5, 0), new(1005, 0), new(0, 995), new(500, 500)];
        double[] demand = [50, 50, 30, 30, 20];
        var covers = LocationModels.Coverage(SitePoint.Distances(units, sites), 50);

        var choice = LocationModels.Mclp(demand, covers, 1, fixedOpen: [0]);
        var exact = LocationModels.MclpExact(demand, covers, 1, fixedOpen: [0]);

        Assert.Equal([0, 1], choice.Sites);
        Assert.Equal([0, 1], exact.Sites);
        Assert.Equal(160, choice.Objective);
    }

    [Fact]
    public void Mclp_ToyClusterWithADominantZone_PicksIt()
    {
        var units = Enumerable.Range(0, 9).Select(k => new SitePoint(k % 3 * 400, k / 3 * 400)).ToArray();
        var demand = Enumerable.Repeat(10.0, 9).ToArray();
        demand[7] = 500;
        var covers = LocationModels.Coverage(SitePoint.Distances(units, units), 100);

        Assert.Equal([7], LocationModels.Mclp(demand, covers, 1).Sites);
    }
}
