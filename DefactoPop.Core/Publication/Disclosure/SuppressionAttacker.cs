namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// What an attacker can derive about a suppressed cell: it lies in [Lower, Upper] (hundredths of a person).
/// <see cref="Open"/>: the upper bound is at least <see cref="Upper"/>; the search stopped there.
/// </summary>
public sealed record CellInterval(int Cell, long Lower, long Upper, bool Open)
{
    public long Width => Upper - Lower;

    /// <summary>
    /// The rule a release must meet for this cell: at least <paramref name="threshold"/> wide, and, when the cell might
    /// be at or below the threshold (its lower bound is), able to be 0. A primary cell then spans [0, threshold], and the
    /// rule needs no knowledge of which cells are primary, so it can be checked from the published files alone.
    /// </summary>
    public bool Protects(long threshold) => Width >= threshold && (Lower == 0 || Lower > threshold);
}

/// <summary>
/// The attacker: for every suppressed cell, the exact interval implied by everything published, the additivity rules
/// and non-negativity. Cells linked by shared rules form components, solved independently: as flow networks (exact
/// max-flow bounds) where every cell enters at most two rules with opposite signs, by GLOP otherwise.
/// </summary>
public static class SuppressionAttacker
{
    /// <summary>Intervals of every unknown cell of a published table, searching upper bounds up to <paramref name="reach"/> above a feasible value.</summary>
    /// <param name="knownUpper">Upper bounds the attacker knows from elsewhere (e.g. how a masking rule chooses cells), per cell; null for none.</param>
    public static IReadOnlyList<CellInterval> Attack(LinkedTable table, long reach, IReadOnlyList<long>? knownUpper = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var suppressed = new bool[table.CellCount];
        for (var c = 0; c < suppressed.Length; c++)
            suppressed[c] = table.Values[c] is null;
        return Attack(table, suppressed, null, reach, Components(table, suppressed), knownUpper);
    }

    /// <summary>Intervals of the suppressed cells of the given components; <paramref name="truth"/> spares the feasibility solve.</summary>
    internal static IReadOnlyList<CellInterval> Attack(LinkedTable table, bool[] suppressed, IReadOnlyList<long>? truth,
        long reach, IReadOnlyList<Component> components, IReadOnlyList<long>? knownUpper = null)
    {
        var results = new CellInterval[components.Count][];
        Each(components.Count, i => results[i] = Bounds(table, suppressed, truth, reach, components[i], knownUpper));
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>Suppressed cells grouped by the rules that link them.</summary>
    internal static List<Component> Components(LinkedTable table, bool[] suppressed)
    {
        var parent = new int[table.Rules.Count];
        for (var i = 0; i < parent.Length; i++)
            parent[i] = i;
        var loose = new List<int>();
        for (var c = 0; c < suppressed.Length; c++)
        {
            if (!suppressed[c])
                continue;
            var rules = table.RulesOf(c);
            if (rules.Count == 0)
                loose.Add(c);
            for (var k = 1; k < rules.Count; k++)
                Union(parent, rules[0], rules[k]);
        }

        var cellsOf = new Dictionary<int, List<int>>();
        var rulesOf = new Dictionary<int, HashSet<int>>();
        for (var c = 0; c < suppressed.Length; c++)
        {
            if (!suppressed[c] || table.RulesOf(c).Count == 0)
                continue;
            var root = Find(parent, table.RulesOf(c)[0]);
            if (!cellsOf.TryGetValue(root, out var cells))
            {
                cellsOf[root] = cells = [];
                rulesOf[root] = [];
            }
            cells.Add(c);
            foreach (var r in table.RulesOf(c))
                rulesOf[root].Add(r);
        }
        var components = cellsOf.Select(kv => new Component([.. kv.Value], [.. rulesOf[kv.Key].Order()])).ToList();
        components.AddRange(loose.Select(c => new Component([c], [])));
        return components;
    }

    private static CellInterval[] Bounds(LinkedTable table, bool[] suppressed, IReadOnlyList<long>? truth, long reach,
        Component component, IReadOnlyList<long>? knownUpper)
    {
        var result = new CellInterval[component.Cells.Length];
        if (!ComponentNetwork.Fits(table, component))
        {
            var lp = LpBounds.Solve(table, component, suppressed, knownUpper);
            for (var i = 0; i < result.Length; i++)
            {
                var (low, high) = lp[i];
                var open = high == long.MaxValue;
                result[i] = new CellInterval(component.Cells[i], low, open ? low + reach : high, open);
            }
            return result;
        }
        var net = new ComponentNetwork(table, component, suppressed, truth, knownUpper);
        for (var i = 0; i < result.Length; i++)
        {
            var x = net.Value(i);
            var rise = net.Rise(i, reach);
            var fall = net.Fall(i);
            result[i] = new CellInterval(component.Cells[i], x - fall, x + rise, rise >= reach);
        }
        return result;
    }

    /// <summary>Runs on every core; an error surfaces as itself, not wrapped in an AggregateException.</summary>
    internal static void Each(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
            parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
