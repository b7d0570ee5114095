using CsCheck;
using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class SeniorCanopyWorkbenchTests
{
    private static SitingZone Zone(int i, double x, double y) => new($"Z{i:D4}", $"구역{i}", null, 0, 0, new SitePoint(x, y));

    private static SitingPlace Place(string id, double x, double y, double? value = null) =>
        new(id, id, 0, 0, new SitePoint(x, y)) { Value = value };

    /// <summary>A 4 × 4 km grid of zones every 200 m, background 1, with planted 3 × 3 blocks of demand 200.</summary>
    private static DemandSurface Grid(IEnumerable<SitePoint> clusters, double spread)
    {
        var zones = new List<SitingZone>();
        var value = new List<double>();
        for (var x = 0; x <= 4000; x += 200)
        {
            for (var y = 0; y <= 4000; y += 200)
            {
                zones.Add(Zone(zones.Count, x, y));
                value.Add(clusters.Any(c => Math.Abs(c.X - x) <= 200 && Math.Abs(c.Y - y) <= 200) ? 200 : 1);
            }
        }
        double[] v = [.. value];
        return new DemandSurface(zones, v, [.. v.Select(x => x * (1 - spread))], [.. v.Select(x => x * (1 + spread))]);
    }

    private static readonly SitePoint[] Elderly = [new(600, 600), new(3400, 600), new(2000, 3400)];

    [Fact]
    public void Senior_ThreeElderlyClustersBeyondTheExistingCentre_KEqualsThreePicksOneSiteInEach()
    {
        var demand = Grid(Elderly, 0.1);
        var layers = new SitingLayers { SeniorCentres = [Place("existing", 2000, 2000)] };

        var result = SeniorWorkbench.Run(new SeniorInputs(demand, layers), new SeniorOptions { K = 3 }, new SitingRun(Draws: 10, Seed: 4));

        var chosen = result.Sites.Where(s => s.Chosen).ToList();
        Assert.Equal(3, chosen.Count);
        Assert.True(result.Sites.Take(3).All(s => s.Chosen));
        Assert.All(Elderly, c => Assert.Single(chosen, s => demand.Zones.Single(z => z.Code == s.ZoneCode).At.DistanceTo(c) <= 300));
        // Several zones cover a block equally and draws may pick a neighbour of draw 0's site: that serves the same
        // demand, so it counts as the same choice; every draw covers all three blocks. Beyond reach of any pick (a
        // catchment overlapping none), a candidate is never chosen.
        Assert.All(chosen, s => Assert.True(s.SelectionFrequency >= 0.9, $"{s.Name}: {s.SelectionFrequency}"));
        Assert.All(result.Sites.Where(s => Elderly.All(c => demand.Zones.Single(z => z.Code == s.ZoneCode).At.DistanceTo(c) > 1_300)),
            s => Assert.Equal(0, s.SelectionFrequency));
        var coverage = result.Metrics.Single(m => m.Key == "coverage");
        Assert.True(coverage.After > coverage.Value + 50, $"{coverage.Value} → {coverage.After}");
        Assert.Contains("경로당 없이 체류", chosen[0].Rationale);
        // The planted blocks are where the uncovered demand clusters: Gi* marks each chosen site a 99 % hot spot.
        Assert.True(result.Metrics.Single(m => m.Key == "hotspots").Value >= 3);
        Assert.All(chosen, s => Assert.Equal(1, s.Factors.Single(f => f.Key == "gi_star").Normalised));
    }

    [Fact]
    public void Senior_AlphaZero_PlanShiftsToThePlantedResidentClusters()
    {
        SitePoint[] residents = [new(600, 3400), new(3400, 3400), new(600, 2000)];
        var demand = Grid(Elderly, 0);
        var registered = Grid(residents, 0).Value;
        var inputs = new SeniorInputs(demand, SitingLayers.Empty) { Registered = registered };

        var result = SeniorWorkbench.Run(inputs, new SeniorOptions { K = 3, Alpha = 0 }, new SitingRun(Draws: 1));

        var chosen = result.Sites.Where(s => s.Chosen).Select(s => demand.Zones.Single(z => z.Code == s.ZoneCode).At).ToList();
        Assert.All(residents, c => Assert.Single(chosen, p => p.DistanceTo(c) <= 300));
    }

    [Fact]
    public void Senior_ZeroWidthIntervals_EveryFrequencyIsExactlyZeroOrOne()
    {
        Gen.Int[0, 1000].Sample(seed =>
        {
            var rng = new Random(seed);
            var zones = Enumerable.Range(0, 60).Select(i => Zone(i, rng.NextDouble() * 3000, rng.NextDouble() * 3000)).ToArray();
            double[] v = [.. zones.Select(_ => (double)rng.Next(0, 50))];
            var result = SeniorWorkbench.Run(new SeniorInputs(new DemandSurface(zones, v, v, v), SitingLayers.Empty),
                new SeniorOptions { K = 2 }, new SitingRun(Draws: 5, Seed: seed));
            return result.HasIntervals && result.Sites.All(s => s.SelectionFrequency is 0 or 1 && s.RankLow == s.Rank && s.RankHigh == s.Rank);
        }, iter: 40);
    }

    /// <summary>Zones every 200 m over 2 × 2 km; crossings with their own temperature sample; a planted crossing at (1000, 1000).</summary>
    private static CanopyInputs Canopy(int seed, double plantedTemp, double plantedWidth, double plantedVulnerable, double plantedEveryone,
        IReadOnlyList<SitingPlace>? canopies = null)
    {
        var rng = new Random(seed);
        var zones = new List<SitingZone>();
        for (var x = 0; x <= 2000; x += 200)
        {
            for (var y = 0; y <= 2000; y += 200)
                zones.Add(Zone(zones.Count, x, y));
        }
        var centre = zones.FindIndex(z => z.At == new SitePoint(1000, 1000));
        double[] vulnerable = [.. zones.Select((_, i) => i == centre ? plantedVulnerable : 5 + rng.Next(0, 20))];
        double[] everyone = [.. zones.Select((_, i) => i == centre ? plantedEveryone : 50 + rng.Next(0, 100))];
        var crossings = new List<SitingPlace> { Place("planted", 1000, 1000, plantedWidth) };
        var temperature = new List<SitingPlace> { Place("t-planted", 1000, 1000, plantedTemp) };
        while (crossings.Count < 25)
        {
            var p = new SitePoint(rng.NextDouble() * 2000, rng.NextDouble() * 2000);
            if (p.DistanceTo(new SitePoint(1000, 1000)) < 300)
                continue;
            crossings.Add(Place($"c{crossings.Count}", p.X, p.Y, 8 + rng.Next(0, 13)));
            temperature.Add(Place($"t{crossings.Count}", p.X, p.Y, 31 + rng.NextDouble() * 4));
        }
        var layers = new SitingLayers { Crosswalks = crossings, Temperature = temperature, TemperatureIsSurface = true, Canopies = canopies ?? [] };
        return new CanopyInputs(new DemandSurface(zones, vulnerable, null, null), new DemandSurface(zones, everyone, null, null), layers);
    }

    [Fact]
    public void Canopy_HotVulnerableWideCrossing_RanksFirstAndIsChosen()
    {
        var result = CanopyWorkbench.Run(Canopy(1, 38, 32, 500, 600), new CanopyOptions { N = 5, GateCelsius = 30 }, new SitingRun(Draws: 1));

        var first = result.Sites[0];
        Assert.Equal(("planted", 1, true), (first.Id, first.Rank, first.Chosen));
        Assert.Contains("도로폭 32 m", first.Rationale);
        Assert.Contains("그늘막 없음", first.Rationale);
    }

    [Fact]
    public void Canopy_CoolCrowdedCrossing_FirstUnderLinearButNotUnderGeometricAggregation()
    {
        var inputs = Canopy(2, 30, 40, 500, 3000);
        var options = new CanopyOptions { N = 5, GateCelsius = 20 };

        var linear = CanopyWorkbench.Run(inputs, options, new SitingRun(Draws: 1));
        var geometric = CanopyWorkbench.Run(inputs, options with { Aggregation = Aggregation.Geometric }, new SitingRun(Draws: 1));

        Assert.Equal(1, linear.Sites.Single(s => s.Id == "planted").Rank);
        Assert.NotEqual(1, geometric.Sites.Single(s => s.Id == "planted").Rank);
    }

    [Fact]
    public void Canopy_RandomCities_MoreHeatWeightNeverLowersTheHottestCrossingsRank()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.Double[0.01, 1]).Sample(t =>
        {
            var (seed, more) = t;
            var inputs = Canopy(seed, 33, 10, 30, 100);
            var heat = Interpolation.Idw(inputs.Layers.Temperature, [.. inputs.Layers.Crosswalks.Select(c => c.At)]);
            var hottest = inputs.Layers.Crosswalks[Array.IndexOf(heat, heat.Max())].Id;
            var options = new CanopyOptions { N = 3, GateCelsius = 0 };
            int Rank(CanopyOptions o) => CanopyWorkbench.Run(inputs, o, new SitingRun(Draws: 1)).Sites.Single(s => s.Id == hottest).Rank;
            return Rank(options with { HeatWeight = options.HeatWeight + more }) <= Rank(options);
        }, iter: 40);
    }

    [Fact]
    public void Canopy_RandomCitiesWithCanopies_SpacingExclusionAndWidthAlwaysHold()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.Double[50, 600], Gen.Int[1, 12]).Sample(t =>
        {
            var (seed, spacing, n) = t;
            var rng = new Random(seed);
            var canopies = Enumerable.Range(0, 6).Select(i => Place($"e{i}", rng.NextDouble() * 2000, rng.NextDouble() * 2000)).ToArray();
            var inputs = Canopy(seed, 36, 3, 40, 100, canopies);
            var options = new CanopyOptions { N = n, Spacing = spacing, ExclusionRadius = 150, MinRoadWidth = 10, GateCelsius = 0 };

            var chosen = CanopyWorkbench.Run(inputs, options, new SitingRun(Draws: 1)).Sites.Where(s => s.Chosen)
                .Select(s => inputs.Layers.Crosswalks.Single(c => c.Id == s.Id)).ToList();

            return chosen.Count <= n
                && chosen.All(a => chosen.All(b => a == b || a.At.DistanceTo(b.At) >= spacing))
                && chosen.All(c => canopies.All(e => e.At.DistanceTo(c.At) > 150) && c.Value >= 10);
        }, iter: 40);
    }

    [Fact]
    public void Canopy_NoCrosswalks_ThrowsSayingTheyMustBeLoaded()
    {
        var inputs = Canopy(1, 38, 32, 500, 600);
        var empty = inputs with { Layers = inputs.Layers with { Crosswalks = [] } };

        var error = Assert.Throws<InvalidOperationException>(() => CanopyWorkbench.Run(empty, new CanopyOptions(), new SitingRun(Draws: 1)));

        Assert.Contains("횡단보도", error.Message);
        Assert.Contains("load the crosswalks", error.Message);
    }
}
