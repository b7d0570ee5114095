namespace DefactoPop.Core.Siting;

/// <summary>
/// A site of a result with how sure it is: its score and rank on the point estimate, how often it is chosen over the
/// demand draws, and the 5–95 % range of its rank over them.
/// </summary>
public sealed record RankedSite(int Site, double Score, int Rank, double SelectionFrequency, int RankLow, int RankHigh);

/// <summary>Runs a scorer or a chooser over demand draws and summarises each site's stability.</summary>
public static class SiteRanking
{
    /// <summary>
    /// Ranks sites by <paramref name="score"/> on every draw (draw 0 = the point estimate). A site counts as chosen in a
    /// draw when <paramref name="choose"/> picks it (e.g. the top k, or an MCLP solution).
    /// </summary>
    public static IReadOnlyList<RankedSite> Summarise(IReadOnlyList<double[]> draws, Func<double[], double[]> score,
        Func<double[], double[], IReadOnlyCollection<int>> choose)
    {
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(choose);
        if (draws.Count == 0)
            throw new ArgumentException("At least the point estimate.", nameof(draws));
        var baseline = score(draws[0]);
        var sites = baseline.Length;
        var ranks = new int[draws.Count][];
        var chosen = new int[sites];
        for (var d = 0; d < draws.Count; d++)
        {
            var s = d == 0 ? baseline : score(draws[d]);
            ranks[d] = CompositeIndex.Ranks(s);
            foreach (var j in choose(draws[d], s))
                chosen[j]++;
        }
        var baseRanks = ranks[0];
        return [.. Enumerable.Range(0, sites).Select(j =>
        {
            var r = ranks.Select(x => x[j]).Order().ToArray();
            return new RankedSite(j, baseline[j], baseRanks[j], (double)chosen[j] / draws.Count,
                r[(int)Math.Floor(0.05 * (r.Length - 1))], r[(int)Math.Ceiling(0.95 * (r.Length - 1))]);
        }).OrderBy(x => x.Rank).ThenBy(x => x.Site)];
    }

    /// <summary>The <paramref name="k"/> best-scoring sites (ties by index), a chooser for <see cref="Summarise"/>.</summary>
    public static IReadOnlyCollection<int> Top(double[] scores, int k) =>
        [.. Enumerable.Range(0, scores.Length).OrderByDescending(j => scores[j]).ThenBy(j => j).Take(k)];
}
