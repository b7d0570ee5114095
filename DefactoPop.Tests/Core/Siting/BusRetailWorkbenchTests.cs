using CsCheck;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class BusRetailWorkbenchTests
{
    private static SitingZone Dong(string code, double x, double y)
    {
        var (lon, lat) = SitingProjection.ToDegrees(new SitePoint(x, y));
        return SitingZone.Of(code, $"동{code}", null, lon, lat);
    }

    private static CommuteOrigin Origin(string code, double x, double y)
    {
        var (lon, lat) = SitingProjection.ToDegrees(new SitePoint(x, y));
        return new CommuteOrigin(code, $"시{code}", $"City {code}", lon, lat);
    }

    /// <summary>Three suburbs, two CBDs of three dongs each; flows (origin, CBD, movers per hour, minutes).</summary>
    private static BusInputs Commute((string Origin, int Cbd, double Movers, double Minutes)[] pairs)
    {
        SitingZone[] dongs =
        [
            Dong("11110515", 0, 0), Dong("11110530", 300, 0), Dong("11110540", 0, 300),
            Dong("11680640", 8000, -6000), Dong("11680650", 8300, -6000), Dong("11680660", 8000, -5700),
        ];
        CommuteOrigin[] origins = [Origin("41480", -5000, 25000), Origin("41280", -15000, 8000), Origin("41130", 20000, -20000)];
        var flows = pairs.SelectMany(p => new[] { 6, 7, 8 }.SelectMany(h => Enumerable.Range(0, 3).Select(k =>
            new CommuteFlow(p.Origin, dongs[p.Cbd * 3 + k].Code, DayType.Weekday, h, Sex.Male, 30, p.Movers / 3, p.Minutes)))).ToList();
        // Noise the workbench must leave out: a Saturday, a late hour, a Seoul origin.
        flows.Add(new CommuteFlow("41480", dongs[3].Code, DayType.Saturday, 7, Sex.Male, 30, 9999, 60));
        flows.Add(new CommuteFlow("41480", dongs[3].Code, DayType.Weekday, 11, Sex.Male, 30, 9999, 60));
        flows.Add(new CommuteFlow("11440", dongs[3].Code, DayType.Weekday, 7, Sex.Male, 30, 9999, 60));
        return new BusInputs(flows, origins, dongs, SitingLayers.Empty);
    }

    private static readonly (string, int, double, double)[] Pairs =
    [
        ("41480", 0, 900, 110), // planted: 3× any other flow and the slowest for its distance
        ("41480", 1, 300, 70), ("41280", 0, 250, 50), ("41280", 1, 200, 60), ("41130", 0, 150, 80), ("41130", 1, 100, 40),
    ];

    [Fact]
    public void Bus_DominantSlowPair_RanksFirstAndGetsARouteFromItsOrigin()
    {
        var inputs = Commute(Pairs);

        var result = BusWorkbench.Run(inputs, new BusOptions { K = 2 }, new SitingRun(Draws: 3));

        var first = result.Sites[0];
        Assert.Equal((1, "41480→11110515", true), (first.Rank, first.Id, first.Chosen));
        Assert.Equal(6, result.Sites.Count);
        Assert.Equal((inputs.Origins[0].Lon, inputs.Origins[0].Lat), first.Path[0]);
        Assert.InRange(first.Path.Count, 2, 5);
        Assert.Equal(first.Factors.Single(f => f.Key == "inefficiency").Raw, result.Sites.Max(s => s.Factors.Single(f => f.Key == "inefficiency").Raw));
        // Peak 900 per hour × 0.10 / 45 seats = 2 buses an hour, inside the 5–30 min headway bounds.
        Assert.Equal(2, first.Factors.Single(f => f.Key == "buses_per_hour").Raw);
        Assert.StartsWith("시41480→동11110515: 출근 OD 2,700명", first.Rationale);
    }

    [Fact]
    public void Bus_DemandWeightOnly_RankingEqualsTheFlowRanking()
    {
        var result = BusWorkbench.Run(Commute(Pairs), new BusOptions { DemandWeight = 1, InefficiencyWeight = 0, UnmetWeight = 0, K = 6 }, new SitingRun(Draws: 1));

        var byFlow = Pairs.OrderByDescending(p => p.Item3).Select(p => p.Item1 + "→" + (p.Item2 == 0 ? "11110515" : "11680640"));
        Assert.Equal(byFlow, result.Sites.OrderBy(s => s.Rank).Select(s => s.Id));
    }

    [Fact]
    public void Bus_OnlyMaskedCells_DrawsStayWithinOneToThreeAndPointIsTwo()
    {
        var masked = Commute(Pairs) with
        {
            Flows = [.. Commute(Pairs).Flows.Select(f => f with { Movers = null })],
        };

        var result = BusWorkbench.Run(masked, new BusOptions(), new SitingRun(Draws: 20));

        Assert.True(result.HasIntervals);
        // Each corridor has 9 masked cells (3 hours × 3 dongs): the point estimate is 9 × 2.
        Assert.All(result.Sites, s => Assert.Equal(18, s.Factors.Single(f => f.Key == "demand").Raw));
    }

    /// <summary>Mean over the selection's (day type, hour) cells of Σ weight × people, every cell weighing the same.</summary>
    private static double Mean(DemandSelection selection, Func<DayType, int, int, double> people)
    {
        var cells = Enum.GetValues<DayType>().SelectMany(d => Enumerable.Range(0, 24).Select(h => (d, h))).Where(c => selection.Contains(c.d, c.h)).ToList();
        return cells.Average(c => Enumerable.Range(0, Strata.Count).Sum(s => selection.Domestic[s] * people(c.d, c.h, s)));
    }

    /// <summary>Twenty 행정동, 100 people per stratum and hour; a young-female weekend street (dong 3) and a teen evening area (dong 12).</summary>
    private static RetailInputs Retail(RetailOptions options)
    {
        var zones = Enumerable.Range(0, 20).Select(i => Dong($"{11110000 + i * 10}", i % 5 * 1500, i / 5 * 1500)).ToArray();
        double People(int zone, DayType day, int hour, int stratum)
        {
            var (sex, band) = (Strata.SexOf(stratum), Strata.BandOf(stratum));
            var extra = zone == 3 && day != DayType.Weekday && hour is >= 12 and < 18 && sex == Sex.Female
                && band is AgeBand.A20To24 or AgeBand.A25To29 or AgeBand.A30To34 ? 1500
                : zone == 12 && day == DayType.Weekday && hour is >= 17 and < 21 && band == AgeBand.A15To19 ? 6000 : 0;
            return 100 + extra;
        }
        double[] Surface(DemandSelection sel) => [.. zones.Select((_, z) => Mean(sel, (d, h, s) => People(z, d, h, s)))];
        double[][] byHour = [.. Enumerable.Range(0, 24).Select(h => zones.Select((_, z) =>
            Enumerable.Range(0, Strata.Count).Sum(s => options.Target.Domestic[s] * People(z, DayType.Saturday, h, s))).ToArray())];
        var target = Surface(options.Target);
        var @base = Surface(options.Base);
        return new RetailInputs(new DemandSurface(zones, target, null, null), new DemandSurface(zones, @base, null, null), byHour, SitingLayers.Empty);
    }

    [Fact]
    public void Retail_PlantedClusters_CosmeticsPicksTheYoungFemaleStreetAndFastFoodTheTeenArea()
    {
        var cosmetics = new RetailOptions { Kind = RetailKind.Cosmetics };
        var fastFood = new RetailOptions { Kind = RetailKind.FastFood };

        var c = RetailWorkbench.Run(Retail(cosmetics), cosmetics, new SitingRun(Draws: 1));
        var f = RetailWorkbench.Run(Retail(fastFood), fastFood, new SitingRun(Draws: 1));

        Assert.Equal("11110030", c.Sites[0].Id);
        Assert.Equal("11110120", f.Sites[0].Id);
        Assert.NotEqual(1, c.Sites.Single(s => s.Id == "11110120").Rank);
        Assert.Contains("20–34세 여성", c.Sites[0].Rationale);
        Assert.Contains("최적 시간 12시", c.Sites[0].Rationale);
        Assert.Equal(1.0, c.Sites[0].Factors.Single(x => x.Key == "huff_share").Raw, 9);
    }

    [Fact]
    public void Retail_Affinity_HundredForTheCityMixAndInvariantToScale()
    {
        Assert.Equal([100.0, 100, 100], RetailWorkbench.Affinity([10, 20, 30], [100, 200, 300]));
        Gen.Double[1, 1000].Array[2, 10].Select(Gen.Double[0.1, 10]).Sample(t =>
        {
            var (p, scale) = t;
            var target = p.Select((v, i) => v * (i % 3 + 1) / 4).ToArray();
            var a = RetailWorkbench.Affinity(target, p);
            var b = RetailWorkbench.Affinity([.. target.Select(v => v * scale)], [.. p.Select(v => v * scale)]);
            return a.Zip(b).All(x => Math.Abs(x.First - x.Second) < 1e-9 * Math.Max(1, x.First));
        });
    }

    [Fact]
    public void Retail_ZeroWidthIntervals_EveryFrequencyIsExactlyZeroOrOne()
    {
        Gen.Double[0, 500].Array[4, 30].Sample(v =>
        {
            var zones = v.Select((_, i) => Dong($"{11110000 + i * 10}", i * 100, 0)).ToArray();
            double[] @base = [.. v.Select(x => x * 2 + 1)];
            var inputs = new RetailInputs(new DemandSurface(zones, v, v, v), new DemandSurface(zones, @base, @base, @base), [], SitingLayers.Empty);
            var result = RetailWorkbench.Run(inputs, new RetailOptions { K = 3 }, new SitingRun(Draws: 4));
            return result.HasIntervals && result.Sites.All(s => s.SelectionFrequency is 0 or 1);
        }, iter: 50);
    }

    [Fact]
    public void Retail_JipgyeguZones_Throws()
    {
        var zones = new[] { Dong("1101053010001", 0, 0) };
        var surface = new DemandSurface(zones, [1], null, null);

        var error = Assert.Throws<InvalidOperationException>(() =>
            RetailWorkbench.Run(new RetailInputs(surface, surface, [], SitingLayers.Empty), new RetailOptions(), new SitingRun(Draws: 1)));

        Assert.Contains("행정동", error.Message);
    }
}
