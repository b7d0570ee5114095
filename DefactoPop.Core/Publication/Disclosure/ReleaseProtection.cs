namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// Cell suppression for a whole linked table. Primary: every cell at or below the threshold (Seoul's rule). Secondary:
/// audit and repair. The attacker's exact bounds are computed for every suppressed cell; for each cell that is not
/// protected (<see cref="CellInterval.Protects"/>), the cheapest chain of published cells that lets it move the missing
/// amount is suppressed too: a shortest path through the rules from one end of the cell to the other, along the residual
/// of the attacker's own max flow (so each repair widens the cell by at least what it lacked). Repeats until the
/// attacker finds nothing. Suppressing more never narrows an interval, so the loop only moves forward.
/// </summary>
public static class ReleaseProtection
{
    private const int MaxRounds = 64;

    /// <summary>The suppression pattern: true for every cell to publish as "*".</summary>
    /// <param name="threshold">In hundredths: 300 masks every cell of 3 persons or fewer.</param>
    public static bool[] Protect(LinkedTable table, long threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        var truth = new long[table.CellCount];
        var suppressed = new bool[table.CellCount];
        for (var c = 0; c < truth.Length; c++)
        {
            truth[c] = table.Values[c] ?? throw new ArgumentException("The defender's table must hold every value.", nameof(table));
            suppressed[c] = truth[c] <= threshold;
        }

        HashSet<int>? dirty = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            // After the first round only components that changed, or were still exposed, are attacked again.
            var components = SuppressionAttacker.Components(table, suppressed)
                .Where(k => dirty is null || k.Cells.Any(dirty.Contains) || k.Rules.Any(r => table.Rules[r].Cells.Any(dirty.Contains)))
                .ToList();
            var added = new HashSet<int>[components.Count];
            var exposed = new bool[components.Count];
            SuppressionAttacker.Each(components.Count, i =>
            {
                added[i] = Repair(table, truth, suppressed, threshold, components[i], out var violations);
                exposed[i] = violations > 0;
            });
            if (!exposed.Any(e => e))
                return suppressed;
            var fresh = added.SelectMany(a => a).Where(c => !suppressed[c]).ToHashSet();
            if (fresh.Count == 0)
                throw new ProtectionFailedException(
                    $"{exposed.Count(e => e)} groups of suppressed cells cannot be protected: no published cell is left to suppress beside them.");
            foreach (var c in fresh)
                suppressed[c] = true;
            dirty = [.. fresh, .. components.Where((_, i) => exposed[i]).SelectMany(k => k.Cells)];
        }
        throw new ProtectionFailedException($"Suppression did not settle in {MaxRounds} rounds.");
    }

    private static HashSet<int> Repair(LinkedTable table, long[] truth, bool[] suppressed, long threshold, Component component, out int violations)
    {
        var add = new HashSet<int>();
        violations = 0;
        var reach = 2 * threshold;
        if (!ComponentNetwork.Fits(table, component))
        {
            foreach (var iv in SuppressionAttacker.Attack(table, suppressed, truth, reach, [component]))
            {
                if (iv.Protects(threshold))
                    continue;
                violations++;
                foreach (var r in table.RulesOf(iv.Cell))
                {
                    if (Cheapest(table, truth, suppressed, threshold, r, add) is { } c)
                        add.Add(c);
                }
            }
            return add;
        }

        var net = new ComponentNetwork(table, component, suppressed, truth);
        var paths = new RepairPaths(table, truth, suppressed, threshold, net);
        for (var i = 0; i < component.Cells.Length; i++)
        {
            var x = net.Value(i);
            var low = x - net.Fall(i);
            var fallNeed = low > 0 && low <= threshold ? low : 0;
            if (fallNeed > 0)
                paths.Add(i, rising: false, fallNeed, add);
            var rise = net.Rise(i, reach);
            var lowAfter = fallNeed > 0 ? 0 : low;
            var riseNeed = threshold - (x + rise - lowAfter);
            if (riseNeed > 0)
                paths.Add(i, rising: true, riseNeed, add);
            if (fallNeed > 0 || riseNeed > 0)
                violations++;
        }
        return add;
    }

    /// <summary>The cheapest published cell of a rule that is not yet suppressed, preferring parts to totals.</summary>
    private static int? Cheapest(LinkedTable table, long[] truth, bool[] suppressed, long threshold, int rule, HashSet<int> taken)
    {
        int? best = null;
        long bestCost = long.MaxValue;
        foreach (var c in table.Rules[rule].Cells)
        {
            if (suppressed[c] || taken.Contains(c))
                continue;
            var cost = RepairPaths.Cost(table, truth[c], c, threshold);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }
}

/// <summary>Suppression cannot be completed (the table has too few published cells left to hide a cell among).</summary>
public sealed class ProtectionFailedException(string message) : Exception(message);
