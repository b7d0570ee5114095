using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class UncertaintyTests
{
    [Fact]
    public void Draw_ManyDraws_CentredOnTheEstimateAndInsideTheIntervalNineTimesInTen()
    {
        var draws = DemandDraws.Draw([100, 5, 40], [80, 0, 40], [120, 20, 40], 4001, seed: 7);

        Assert.Equal([100.0, 5, 40], draws[0]);
        var first = draws.Skip(1).Select(d => d[0]).ToArray();
        Assert.Equal(100, first.Average(), 0);
        Assert.InRange(first.Count(v => v is >= 80 and <= 120) / (double)first.Length, 0.87, 0.93);
        Assert.All(draws, d => Assert.True(d[1] >= 0));
        Assert.All(draws, d => Assert.Equal(40, d[2]));
    }

    [Fact]
    public void Draw_NoIntervals_EveryDrawIsThePointEstimate()
    {
        var draws = DemandDraws.Draw([3, 4], null, null, 5, seed: 1);
        Assert.All(draws, d => Assert.Equal([3.0, 4], d));
    }

    [Fact]
    public void Summarise_ClearWinnerAndANearTie_FrequenciesAndRankIntervalsSaySo()
    {
        // Three sites, each serving one zone: zone 0 is far bigger; zones 1 and 2 are nearly equal and uncertain.
        double[] estimate = [1000, 101, 100];
        var draws = DemandDraws.Draw(estimate, [950, 60, 60], [1050, 140, 140], 400, seed: 3);

        var ranked = SiteRanking.Summarise(draws, d => d, (_, s) => SiteRanking.Top(s, 2));

        var winner = ranked.Single(r => r.Site == 0);
        Assert.Equal((1, 1.0, 1, 1), (winner.Rank, winner.SelectionFrequency, winner.RankLow, winner.RankHigh));
        var tie = ranked.Where(r => r.Site != 0).ToList();
        Assert.All(tie, r => Assert.InRange(r.SelectionFrequency, 0.3, 0.7));
        Assert.All(tie, r => Assert.Equal((2, 3), (r.RankLow, r.RankHigh)));
        Assert.Equal(1.0, tie.Sum(r => r.SelectionFrequency), 9);
    }

    [Fact]
    public void Summarise_MclpOverDraws_TheDominantClusterIsAlwaysCovered()
    {
        SitePoint[] zones = [new(0, 0), new(50, 0), new(2000, 0), new(2050, 0)];
        double[] estimate = [400, 400, 90, 80];
        var covers = LocationModels.Coverage(SitePoint.Distances(zones, zones), 100);
        var draws = DemandDraws.Draw(estimate, [300, 300, 40, 40], [500, 500, 140, 140], 200, seed: 5);

        var ranked = SiteRanking.Summarise(draws,
            d => [.. Enumerable.Range(0, zones.Length).Select(j => LocationModels.CoveredDemand(d, covers, [j]))],
            (d, _) => LocationModels.Mclp(d, covers, 1).Sites);

        Assert.Equal(1.0, ranked.Where(r => r.Site is 0 or 1).Sum(r => r.SelectionFrequency), 9);
        Assert.All(ranked.Where(r => r.Site is 2 or 3), r => Assert.Equal(0, r.SelectionFrequency));
    }
}
