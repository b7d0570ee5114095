namespace DefactoPop.Core.Siting;

/// <summary>
/// Greedy selection under a minimum spacing: sites by score descending (ties by index), skipping the ineligible, the
/// non-finite and any within <c>spacing</c> (strictly closer) of a site already chosen, until n are chosen.
/// </summary>
public static class SpacedSelection
{
    public static int[] Select(IReadOnlyList<SitePoint> at, IReadOnlyList<double> score, int n, double spacing,
        IReadOnlyList<bool>? eligible = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(score);
        if (at.Count != score.Count || eligible is not null && eligible.Count != at.Count)
            throw new ArgumentException("Every site needs a place, a score and (if given) an eligibility.");
        if (n < 0)
            throw new ArgumentOutOfRangeException(nameof(n), n, "n must not be negative.");
        var order = Enumerable.Range(0, at.Count)
            .Where(j => double.IsFinite(score[j]) && (eligible is null || eligible[j]))
            .OrderByDescending(j => score[j]).ThenBy(j => j);
        var chosen = new List<int>();
        var cell = spacing > 0 ? spacing : 1;
        var taken = new Dictionary<(long, long), List<int>>();
        (long, long) Key(SitePoint p) => ((long)Math.Floor(p.X / cell), (long)Math.Floor(p.Y / cell));
        foreach (var j in order)
        {
            if (chosen.Count >= n)
                break;
            var (cx, cy) = Key(at[j]);
            var clash = false;
            for (var x = cx - 1; x <= cx + 1 && !clash; x++)
            {
                for (var y = cy - 1; y <= cy + 1 && !clash; y++)
                    clash = taken.TryGetValue((x, y), out var near) && near.Any(c => at[c].DistanceTo(at[j]) < spacing);
            }
            if (clash)
                continue;
            chosen.Add(j);
            if (!taken.TryGetValue((cx, cy), out var list))
                taken[(cx, cy)] = list = [];
            list.Add(j);
        }
        return [.. chosen];
    }
}
