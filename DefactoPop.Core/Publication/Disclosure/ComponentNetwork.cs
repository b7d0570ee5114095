namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>Suppressed cells linked by shared rules, and the rules they enter: the attacker's unit of work.</summary>
internal sealed record Component(int[] Cells, int[] Rules);

/// <summary>
/// A component whose every suppressed cell enters at most two rules, with opposite signs, seen as a circulation: each
/// rule is a node, each suppressed cell an arc from the rule where it is subtracted to the rule where it is added
/// (a rule-less end goes to a free "ground" node). Every solution of the rules is a flow with the given node balances,
/// so a cell can rise by the most that flows from its head back to its tail around it, and fall by the most that
/// flows the other way.
/// </summary>
internal sealed class ComponentNetwork
{
    private readonly FlowNetwork _net = new();
    private readonly int[] _arcOf;
    private readonly long[] _x;
    private readonly long[] _caps;

    /// <param name="truth">The defender's known values of the component's cells, or null to solve for any feasible ones.</param>
    /// <param name="upper">What the attacker knows of each cell beyond non-negativity: an upper bound, or null.</param>
    public ComponentNetwork(LinkedTable table, Component component, bool[] suppressed, IReadOnlyList<long>? truth,
        IReadOnlyList<long>? upper = null)
    {
        Component = component;
        var nodeOf = new Dictionary<int, int>(component.Rules.Length);
        foreach (var r in component.Rules)
            nodeOf[r] = _net.AddNode();
        Ground = _net.AddNode();

        var ends = new (int From, int To)[component.Cells.Length];
        for (var i = 0; i < component.Cells.Length; i++)
        {
            int from = Ground, to = Ground;
            foreach (var r in table.RulesOf(component.Cells[i]))
            {
                if (SignIn(table.Rules[r], component.Cells[i]) > 0)
                    to = nodeOf[r];
                else
                    from = nodeOf[r];
            }
            ends[i] = (from, to);
        }

        var caps = _caps = [.. component.Cells.Select(c => upper is null || upper[c] == long.MaxValue ? FlowNetwork.Infinite : upper[c])];
        _x = truth is null ? Feasible(table, component, suppressed, nodeOf, ends, caps) : [.. component.Cells.Select(c => truth[c])];
        _arcOf = new int[component.Cells.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            var rise = caps[i] == FlowNetwork.Infinite ? FlowNetwork.Infinite : caps[i] - _x[i];
            _arcOf[i] = _net.AddArc(ends[i].From, ends[i].To, rise, _x[i]);
        }
        _net.Reset();
    }

    public Component Component { get; }

    public int Ground { get; }

    /// <summary>The network in the state the last query left it (its residual capacities).</summary>
    public FlowNetwork Network => _net;

    public int ArcOf(int index) => _arcOf[index];

    /// <summary>The feasible value the bounds are measured from.</summary>
    public long Value(int index) => _x[index];

    /// <summary>True when each cell enters at most two rules, with opposite signs.</summary>
    public static bool Fits(LinkedTable table, Component component)
    {
        foreach (var c in component.Cells)
        {
            var rules = table.RulesOf(c);
            if (rules.Count > 2)
                return false;
            if (rules.Count == 2 && SignIn(table.Rules[rules[0]], c) == SignIn(table.Rules[rules[1]], c))
                return false;
        }
        return true;
    }

    /// <summary>How far the cell can rise (up to <paramref name="limit"/>); leaves the residual of that query.</summary>
    public long Rise(int index, long limit)
    {
        limit = Math.Min(limit, _caps[index] - _x[index]);
        var a = Isolate(index);
        if (_net.Head(a) == _net.Tail(a))
            return limit;
        return _net.MaxFlow(_net.Head(a), _net.Tail(a), limit);
    }

    /// <summary>How far the cell can fall towards 0; leaves the residual of that query.</summary>
    public long Fall(int index)
    {
        var a = Isolate(index);
        if (_net.Head(a) == _net.Tail(a))
            return _x[index];
        return _net.MaxFlow(_net.Tail(a), _net.Head(a), _x[index]);
    }

    internal static sbyte SignIn(TableConstraint rule, int cell)
    {
        var i = Array.IndexOf(rule.Cells, cell);
        return rule.Signs[i];
    }

    /// <summary>Resets the network and takes the cell's own arc out, so flow must go around it.</summary>
    private int Isolate(int index)
    {
        _net.Reset();
        var a = _arcOf[index];
        _net.SetCapacity(a, 0);
        _net.SetCapacity(a ^ 1, 0);
        return a;
    }

    /// <summary>Any non-negative solution of the rules: a flow meeting every node's balance, found by one max flow.</summary>
    private static long[] Feasible(LinkedTable table, Component component, bool[] suppressed,
        Dictionary<int, int> nodeOf, (int From, int To)[] ends, long[] caps)
    {
        var net = new FlowNetwork();
        var count = component.Rules.Length + 1;
        for (var i = 0; i < count; i++)
            net.AddNode();
        var source = net.AddNode();
        var sink = net.AddNode();
        var balance = new long[count];
        foreach (var r in component.Rules)
        {
            var rule = table.Rules[r];
            long b = 0;
            for (var k = 0; k < rule.Cells.Length; k++)
            {
                var c = rule.Cells[k];
                if (!suppressed[c])
                    b -= rule.Signs[k] * (table.Values[c] ?? throw new InvalidOperationException($"Published cell {c} has no value."));
            }
            balance[nodeOf[r]] = b;
        }
        balance[count - 1] = -balance.Sum();
        long need = 0, room = 1;
        for (var n = 0; n < count; n++)
        {
            if (balance[n] > 0)
            {
                net.AddArc(n, sink, balance[n]);
                need += balance[n];
            }
            else if (balance[n] < 0)
                net.AddArc(source, n, -balance[n]);
            room += Math.Abs(balance[n]);
        }
        var arcs = ends.Select((e, i) => net.AddArc(e.From, e.To, Math.Min(room, caps[i]))).ToArray();
        net.Reset();
        var flow = net.MaxFlow(source, sink, need);
        if (flow < need)
            throw new InconsistentReleaseException(
                $"The published cells around {Describe(table, component.Cells[0])} do not add up: no non-negative values fit them.");
        return [.. arcs.Select(net.Flow)];
    }

    internal static string Describe(LinkedTable table, int cell) =>
        $"{table.Rows[table.RowOf(cell)].Code} column {table.ColumnOf(cell)}";
}

/// <summary>The published cells contradict the additivity rules (no non-negative suppressed values satisfy them).</summary>
public sealed class InconsistentReleaseException(string message) : Exception(message);
