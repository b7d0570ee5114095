using CsCheck;
using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class ScoringTests
{
    [Fact]
    public void Huff_TwoEqualStoresAtOneAndTwo_SharesAreFourFifthsAndOneFifth()
    {
        var shares = Huff.Shares([new SitePoint(0, 0)], [new SitePoint(1000, 0), new SitePoint(-2000, 0)], [1, 1], lambda: -2);

        Assert.Equal(0.8, shares[0][0], 12);
        Assert.Equal(0.2, shares[0][1], 12);
        Assert.Equal([80.0, 20.0], Huff.Expected(shares, [100]).Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Huff_RandomOriginsAndStores_EveryOriginsSharesSumToOne()
    {
        Gen.Select(Gen.Double[-5000, 5000].Array[2, 20], Gen.Double[1, 50].Array[1, 6], Gen.Double[-3, -0.5]).Sample(t =>
        {
            var (coords, attract, lambda) = t;
            var origins = coords.Chunk(2).Where(c => c.Length == 2).Select(c => new SitePoint(c[0], c[1])).ToArray();
            var stores = attract.Select((_, j) => new SitePoint(j * 700.0, -j * 300.0)).ToArray();
            return Huff.Shares(origins, stores, attract, lambda: lambda).All(row => Math.Abs(row.Sum() - 1) < 1e-9);
        });
    }

    [Fact]
    public void HuffMarket_RandomNewStore_ExpectedEqualsFirstColumnOfTheFullShareMatrix()
    {
        Gen.Select(Gen.Double[-5000, 5000].Array[2, 40], Gen.Double[1, 50].Array[0, 8], Gen.Double[-3, -0.5], Gen.Double[-3000, 3000]).Sample(t =>
        {
            var (coords, attract, lambda, x) = t;
            var origins = coords.Chunk(2).Where(c => c.Length == 2).Select(c => new SitePoint(c[0], c[1])).ToArray();
            var demand = origins.Select((_, i) => 10.0 + i).ToArray();
            var stores = attract.Select((_, j) => new SitePoint(j * 700.0, -j * 300.0)).ToArray();
            var candidate = new SitePoint(x, x / 2);
            var full = Huff.Expected(Huff.Shares(origins, [candidate, .. stores], [2.0, .. attract], lambda: lambda), demand)[0];
            var market = new Huff.Market(origins, stores, attract, lambda: lambda).Expected(candidate, 2.0, demand);
            return Math.Abs(full - market) <= 1e-9 * Math.Max(1, full);
        });
    }

    [Fact]
    public void HuffMarket_NoExistingStore_TheNewStoreTakesAllDemand()
    {
        var market = new Huff.Market([new SitePoint(0, 0), new SitePoint(500, 0)], [], []);

        Assert.Equal(30.0, market.Expected(new SitePoint(100, 100), 1, [10, 20]), 12);
    }

    [Fact]
    public void GiStar_PlantedThreeByThreeBlock_IsASignificantHotSpotAndTheFarCornerIsNot()
    {
        var rng = new Random(3);
        var cells = new List<SitePoint>();
        var x = new List<double>();
        for (var r = 0; r < 10; r++)
        {
            for (var c = 0; c < 10; c++)
            {
                cells.Add(new SitePoint(c * 100, r * 100));
                x.Add(r is >= 3 and <= 5 && c is >= 3 and <= 5 ? 50 + rng.NextDouble() : 10 + rng.NextDouble());
            }
        }

        var z = GetisOrd.GiStar(x, cells, band: 150);

        Assert.Equal(3, GetisOrd.Bin(z[4 * 10 + 4]));
        Assert.All(new[] { 33, 34, 35, 43, 45, 53, 54, 55 }, i => Assert.True(GetisOrd.Bin(z[i]) >= 2, $"cell {i}: z {z[i]:F2}"));
        Assert.Equal(0, GetisOrd.Bin(z[99]));
    }

    [Fact]
    public void TwoStepFca_HandComputedLine_MatchesByHand()
    {
        // Demand 100, 200, 100 at 0, 10, 20; facilities of 10 and 20 at 5 and 15; catchment 6.
        SitePoint[] demandAt = [new(0, 0), new(10, 0), new(20, 0)];
        SitePoint[] supplyAt = [new(5, 0), new(15, 0)];

        var a = FloatingCatchment.Accessibility(demandAt, [100, 200, 100], supplyAt, [10, 20], 6);

        Assert.Equal(10.0 / 300, a[0], 12);
        Assert.Equal(10.0 / 300 + 20.0 / 300, a[1], 12);
        Assert.Equal(20.0 / 300, a[2], 12);
    }

    [Fact]
    public void TwoStepFca_GaussianSymmetricLine_MiddleConsumerHighest()
    {
        SitePoint[] demandAt = [new(0, 0), new(10, 0), new(20, 0)];
        var a = FloatingCatchment.Accessibility(demandAt, [1, 1, 1], [new(5, 0), new(15, 0)], [1, 1], 12, gaussian: true);

        Assert.Equal(a[0], a[2], 12);
        Assert.True(a[1] > a[0]);
    }

    [Fact]
    public void Composite_MoreWeightOnAFactor_NeverLowersTheRankOfTheSiteRichestInIt()
    {
        Gen.Select(Gen.Double[0, 100].Array[6, 6].Array[3, 3], Gen.Double[0.05, 1].Array[3, 3], Gen.Int[0, 2], Gen.Double[0.01, 2])
            .Sample(t =>
            {
                var (factors, weights, k, more) = t;
                var richest = Array.IndexOf(factors[k], factors[k].Max());
                var before = CompositeIndex.Ranks(CompositeIndex.Score(factors, weights))[richest];
                var heavier = weights.ToArray();
                heavier[k] += more;
                var after = CompositeIndex.Ranks(CompositeIndex.Score(factors, heavier))[richest];
                return after <= before;
            });
    }

    [Fact]
    public void Composite_Geometric_ZeroWhenAnyFactorIsAtItsMinimum()
    {
        double[][] factors = [[1, 5, 9], [9, 0, 5]];
        var score = CompositeIndex.Score(factors, [0.5, 0.5], Normalisation.MinMax, Aggregation.Geometric);

        Assert.Equal(0, score[0]);
        Assert.Equal(0, score[1]);
        Assert.True(score[2] > 0);
    }
}
