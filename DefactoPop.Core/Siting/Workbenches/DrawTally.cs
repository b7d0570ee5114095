namespace DefactoPop.Core.Siting;

/// <summary>One draw's outcome: a score per site (ranked 1 = best), the sites picked, and the sites that count as chosen.</summary>
internal sealed record DrawOutcome(double[] Scores, IReadOnlyCollection<int> Picked, IReadOnlyCollection<int> Counted);

/// <summary>
/// The summary over demand draws (draw 0 = the point estimate): ranks and scores on draw 0, the share of draws counting
/// each site as chosen, and the 5–95 % range of its rank (the same order statistics as <see cref="SiteRanking"/>).
/// </summary>
internal sealed record DrawTally(DrawOutcome Point, int[] Ranks, double[] Frequency, int[] RankLow, int[] RankHigh, int Draws)
{
    /// <summary>Runs <paramref name="perDraw"/> on each draw in order, reporting progress and honouring cancellation.</summary>
    public static DrawTally Run(int draws, SitingRun run, Func<int, DrawOutcome> perDraw)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (draws < 1)
            throw new ArgumentOutOfRangeException(nameof(draws), draws, "At least one draw.");
        DrawOutcome? point = null;
        int[][] ranks = new int[draws][];
        double[] counted = [];
        for (var d = 0; d < draws; d++)
        {
            run.Cancellation.ThrowIfCancellationRequested();
            var outcome = perDraw(d);
            if (d == 0)
            {
                point = outcome;
                counted = new double[outcome.Scores.Length];
            }
            else if (outcome.Scores.Length != counted.Length)
            {
                throw new InvalidOperationException("Every draw must score the same sites.");
            }
            ranks[d] = CompositeIndex.Ranks(outcome.Scores);
            foreach (var j in outcome.Counted.Distinct())
                counted[j]++;
            run.Progress?.Report((d + 1.0) / draws);
        }
        var sites = counted.Length;
        var low = new int[sites];
        var high = new int[sites];
        var column = new int[draws];
        for (var j = 0; j < sites; j++)
        {
            for (var d = 0; d < draws; d++)
                column[d] = ranks[d][j];
            Array.Sort(column);
            low[j] = column[(int)Math.Floor(0.05 * (draws - 1))];
            high[j] = column[(int)Math.Ceiling(0.95 * (draws - 1))];
        }
        return new DrawTally(point!, ranks[0], [.. counted.Select(c => c / draws)], low, high, draws);
    }

    /// <summary>Sites to list: the picked ones in pick order, then the rest by rank (ties by index), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<int> Listing(int max, Func<int, bool>? listable = null)
    {
        var picked = Point.Picked.ToList();
        var isPicked = new HashSet<int>(picked);
        var rest = Enumerable.Range(0, Ranks.Length).Where(j => !isPicked.Contains(j) && (listable?.Invoke(j) ?? true))
            .OrderBy(j => Ranks[j]).ThenBy(j => j);
        return [.. picked.Concat(rest).Take(Math.Max(max, picked.Count))];
    }
}
