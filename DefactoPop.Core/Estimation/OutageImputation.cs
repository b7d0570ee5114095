using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Outage hours (methodology 3f), imputed from neighbouring hours and cells. While a cell is down its devices camp on
/// the cells around it, so the allocation sees the right number of people nearby but not where among them they are.
/// An OA is affected when more than <see cref="ImputationOptions.AffectedShare"/> of its P* lies on cells that are down
/// (its lost share λ). Affected OAs that share a down cell form a group; their neighbourhood is every OA served by a
/// working cell that also serves the group. Each OA's share of the group and neighbourhood's people is read from the
/// nearest hours of the same day in which the group is unaffected (interpolated linearly in time) and applied to their
/// people this hour; the OA's figure becomes λ of that plus 1 − λ of the allocation over the working cells.
/// The rest of the neighbourhood is scaled down by what the group gained, so the hour's total is unchanged.
/// The difference between the two reference hours' shares enters the OA's allocation variance, and the OA is flagged.
/// </summary>
public static class OutageImputation
{
    /// <summary>The day's allocated hours with affected OAs imputed and flagged (hours without outages are returned as they are).</summary>
    public static AllocatedHour[] Impute(IReadOnlyList<AllocatedHour> day, CoverageMatrix coverage, IReadOnlyList<bool[]> outages, ImputationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(outages);
        options ??= new ImputationOptions();
        var lost = new double[day.Count][];
        var affected = new bool[day.Count][];
        for (var h = 0; h < day.Count; h++)
        {
            lost[h] = LostShares(coverage, outages[h]);
            affected[h] = [.. lost[h].Select(l => l > options.AffectedShare)];
        }
        var totals = day.Select(OaTotals).ToArray();
        var result = day.ToArray();
        for (var h = 0; h < day.Count; h++)
        {
            if (Array.IndexOf(affected[h], true) < 0)
                continue;
            var hour = Copy(day[h]);
            foreach (var group in Groups(coverage, outages[h], affected[h]))
            {
                if (!options.Enabled)
                    Flag(hour, group);
                else
                    ImputeGroup(day, hour, OaTotals(hour), group, Neighbourhood(coverage, outages[h], affected[h], group), totals, affected, lost[h], h);
            }
            result[h] = hour;
        }
        return result;
    }

    /// <summary>OAs with more than <paramref name="share"/> of P* on cells that are down.</summary>
    public static bool[] AffectedOas(CoverageMatrix coverage, IReadOnlyList<bool> down, double share) =>
        [.. LostShares(coverage, down).Select(l => l > share)];

    /// <summary>The share of each OA's P* on cells that are down.</summary>
    public static double[] LostShares(CoverageMatrix coverage, IReadOnlyList<bool> down)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(down);
        var result = new double[coverage.OaCount];
        if (!down.Contains(true))
            return result;
        for (var j = 0; j < coverage.OaCount; j++)
        {
            double lost = 0;
            for (var k = coverage.OaStart[j]; k < coverage.OaStart[j + 1]; k++)
            {
                if (down[coverage.Cell[k]])
                    lost += coverage.Probability[k];
            }
            result[j] = Math.Min(1, lost);
        }
        return result;
    }

    private static void ImputeGroup(IReadOnlyList<AllocatedHour> day, AllocatedHour hour, double[] present, List<int> group, List<int> neighbours, double[][] totals, bool[][] affected, double[] lost, int h)
    {
        var (before, after) = ReferenceHours(group, affected, h);
        if (before < 0 && after < 0)
        {
            // Down all day: nothing to learn the split from; the allocation stands, flagged.
            Flag(hour, group);
            return;
        }
        var nearest = before >= 0 && (after < 0 || h - before <= after - h) ? before : after;
        var other = before >= 0 && after >= 0 ? (nearest == before ? after : before) : SecondOnSide(group, affected, nearest, h);
        var wBefore = before >= 0 && after >= 0 ? (double)(after - h) / (after - before) : nearest == before ? 1 : 0;
        var now = Sum(present, group) + Sum(present, neighbours);
        var refBefore = before >= 0 ? Sum(totals[before], group) + Sum(totals[before], neighbours) : 0;
        var refAfter = after >= 0 ? Sum(totals[after], group) + Sum(totals[after], neighbours) : 0;
        double gained = 0;
        foreach (var j in group)
        {
            var sBefore = before >= 0 && refBefore > 0 ? totals[before][j] / refBefore : 0;
            var sAfter = after >= 0 && refAfter > 0 ? totals[after][j] / refAfter : 0;
            var share = wBefore * sBefore + (1 - wBefore) * sAfter;
            var current = present[j];
            var imputed = lost[j] * share * now + (1 - lost[j]) * current;
            SetOa(hour, j, day[nearest], totals[nearest][j], lost[j], imputed);
            gained += imputed - current;
            var sNear = ShareOf(totals, nearest, j, group, neighbours);
            var sOther = other >= 0 ? ShareOf(totals, other, j, group, neighbours) : sNear;
            var mean = (sNear + sOther) / 2;
            var rel = mean > 0 ? Math.Abs(sNear - sOther) / mean : 0;
            var spread = lost[j] * share * now * rel;
            hour.AllocationVariance[j] += spread * spread;
        }
        var rest = Sum(present, neighbours);
        if (rest > 0)
        {
            var factor = Math.Max(0, (rest - gained) / rest);
            foreach (var i in neighbours)
                Scale(hour, i, factor);
        }
        Flag(hour, group);
    }

    private static double ShareOf(double[][] totals, int r, int j, List<int> group, List<int> neighbours)
    {
        var all = Sum(totals[r], group) + Sum(totals[r], neighbours);
        return all > 0 ? totals[r][j] / all : 0;
    }

    /// <summary>The nearest hours before and after <paramref name="h"/> in which no OA of the group is affected (-1 when none).</summary>
    private static (int Before, int After) ReferenceHours(List<int> group, bool[][] affected, int h)
    {
        var before = -1;
        for (var r = h - 1; r >= 0 && before < 0; r--)
        {
            if (group.All(j => !affected[r][j]))
                before = r;
        }
        var after = -1;
        for (var r = h + 1; r < affected.Length && after < 0; r++)
        {
            if (group.All(j => !affected[r][j]))
                after = r;
        }
        return (before, after);
    }

    /// <summary>The next clean hour beyond <paramref name="r"/> on the side away from <paramref name="h"/>, for the spread of a one-sided imputation.</summary>
    private static int SecondOnSide(List<int> group, bool[][] affected, int r, int h)
    {
        var step = r < h ? -1 : 1;
        for (var s = r + step; s >= 0 && s < affected.Length; s += step)
        {
            if (group.All(j => !affected[s][j]))
                return s;
        }
        return -1;
    }

    /// <summary>Affected OAs joined when they share a down cell.</summary>
    private static List<List<int>> Groups(CoverageMatrix coverage, bool[] down, bool[] affected)
    {
        var byCell = new Dictionary<int, int>();
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        }
        for (var j = 0; j < affected.Length; j++)
        {
            if (!affected[j])
                continue;
            parent[j] = j;
            for (var k = coverage.OaStart[j]; k < coverage.OaStart[j + 1]; k++)
            {
                var c = coverage.Cell[k];
                if (!down[c])
                    continue;
                if (byCell.TryGetValue(c, out var other))
                    parent[Find(j)] = Find(other);
                else
                    byCell[c] = j;
            }
        }
        return [.. parent.Keys.GroupBy(Find).Select(g => g.Order().ToList())];
    }

    /// <summary>Unaffected OAs served by a working cell that also serves the group.</summary>
    private static List<int> Neighbourhood(CoverageMatrix coverage, bool[] down, bool[] affected, List<int> group)
    {
        var cells = new HashSet<int>();
        foreach (var j in group)
        {
            for (var k = coverage.OaStart[j]; k < coverage.OaStart[j + 1]; k++)
            {
                if (!down[coverage.Cell[k]])
                    cells.Add(coverage.Cell[k]);
            }
        }
        var result = new List<int>();
        for (var j = 0; j < coverage.OaCount; j++)
        {
            if (affected[j])
                continue;
            for (var k = coverage.OaStart[j]; k < coverage.OaStart[j + 1]; k++)
            {
                if (cells.Contains(coverage.Cell[k]))
                {
                    result.Add(j);
                    break;
                }
            }
        }
        return result;
    }

    private static double[] OaTotals(AllocatedHour hour)
    {
        var result = new double[hour.AllocationVariance.Length];
        for (var j = 0; j < result.Length; j++)
            result[j] = OaTotal(hour, j);
        return result;
    }

    private static double OaTotal(AllocatedHour hour, int j)
    {
        const int S = Domain.Strata.Count;
        double sum = 0;
        for (var s = 0; s < S; s++)
            sum += hour.Domestic[j * S + s];
        return sum + hour.LongTerm[j * 2] + hour.LongTerm[j * 2 + 1] + hour.ShortTerm[j * 2] + hour.ShortTerm[j * 2 + 1];
    }

    private static AllocatedHour Copy(AllocatedHour hour) => hour with
    {
        Domestic = (double[])hour.Domestic.Clone(),
        LongTerm = (double[])hour.LongTerm.Clone(),
        ShortTerm = (double[])hour.ShortTerm.Clone(),
        AllocationVariance = (double[])hour.AllocationVariance.Clone(),
        Imputed = hour.Imputed is null ? new bool[hour.AllocationVariance.Length] : (bool[])hour.Imputed.Clone(),
    };

    private static double Sum(double[] values, List<int> oas)
    {
        double sum = 0;
        foreach (var j in oas)
            sum += values[j];
        return sum;
    }

    /// <summary>
    /// Sets an OA to <paramref name="total"/> people: 1 − λ of its own composition this hour and λ of the one it had in the
    /// reference hour, scaled to the total.
    /// </summary>
    private static void SetOa(AllocatedHour hour, int j, AllocatedHour reference, double referenceTotal, double lost, double total)
    {
        const int S = Domain.Strata.Count;
        var own = OaTotal(hour, j);
        var a = referenceTotal > 0 ? lost / referenceTotal : 0;
        var b = own > 0 ? (1 - lost) / own : 0;
        var mixed = a * referenceTotal + b * own;
        var f = mixed > 0 ? total / mixed : 0;
        for (var s = 0; s < S; s++)
            hour.Domestic[j * S + s] = (a * reference.Domestic[j * S + s] + b * hour.Domestic[j * S + s]) * f;
        for (var n = 0; n < 2; n++)
        {
            hour.LongTerm[j * 2 + n] = (a * reference.LongTerm[j * 2 + n] + b * hour.LongTerm[j * 2 + n]) * f;
            hour.ShortTerm[j * 2 + n] = (a * reference.ShortTerm[j * 2 + n] + b * hour.ShortTerm[j * 2 + n]) * f;
        }
    }

    private static void Scale(AllocatedHour hour, int j, double factor)
    {
        const int S = Domain.Strata.Count;
        for (var s = 0; s < S; s++)
            hour.Domestic[j * S + s] *= factor;
        for (var n = 0; n < 2; n++)
        {
            hour.LongTerm[j * 2 + n] *= factor;
            hour.ShortTerm[j * 2 + n] *= factor;
        }
        hour.AllocationVariance[j] *= factor * factor;
    }

    private static void Flag(AllocatedHour hour, List<int> group)
    {
        foreach (var j in group)
            hour.Imputed![j] = true;
    }
}
