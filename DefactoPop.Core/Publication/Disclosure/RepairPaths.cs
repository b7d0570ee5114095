namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// Cheapest chains of cells to suppress so a cell can move further: Dijkstra over the rules, where a step crosses a
/// cell from one of its rules to the other. Cells of the component cost nothing and offer what the attacker's last max
/// flow left (its residual); other suppressed cells cost nothing and offer their whole range; published cells cost
/// their value plus the threshold (totals four times that) and offer an unlimited rise or a fall to 0.
/// </summary>
internal sealed class RepairPaths(LinkedTable table, long[] truth, bool[] suppressed, long threshold, ComponentNetwork net)
{
    private readonly Dictionary<int, int> _local = net.Component.Cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
    private readonly int _ground = table.Rules.Count;

    public static long Cost(LinkedTable table, long value, int cell, long threshold) =>
        (value + threshold) * (table.ColumnOf(cell) == 0 ? 4 : 1);

    /// <summary>
    /// Adds to <paramref name="add"/> the published cells of the cheapest chain giving cell <paramref name="index"/>
    /// <paramref name="need"/> more room; when no single chain has that much, the cheapest chain with any room (the
    /// next round's audit asks again for the rest).
    /// </summary>
    public void Add(int index, bool rising, long need, HashSet<int> add)
    {
        if (!TryAdd(index, rising, need, add))
            TryAdd(index, rising, 1, add);
    }

    private bool TryAdd(int index, bool rising, long need, HashSet<int> add)
    {
        var arc = net.ArcOf(index);
        var head = RuleOf(net.Network.Head(arc));
        var tail = RuleOf(net.Network.Tail(arc));
        var (source, target) = rising ? (head, tail) : (tail, head);
        var self = net.Component.Cells[index];

        var dist = new Dictionary<int, long> { [source] = 0 };
        var back = new Dictionary<int, (int From, int Cell)>();
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > dist[u])
                continue;
            if (u == target)
                break;
            foreach (var c in u == _ground ? table.GroundCells : table.Rules[u].Cells)
            {
                if (c == self || Step(u, c) is not { } step || step.Room < need)
                    continue;
                var nd = d + step.Cost;
                if (!dist.TryGetValue(step.To, out var old) || nd < old)
                {
                    dist[step.To] = nd;
                    back[step.To] = (u, c);
                    queue.Enqueue(step.To, nd);
                }
            }
        }
        if (!back.ContainsKey(target))
            return false;
        for (var v = target; v != source; v = back[v].From)
        {
            var c = back[v].Cell;
            if (!suppressed[c])
                add.Add(c);
        }
        return true;
    }

    private int RuleOf(int node) => node == net.Ground ? _ground : net.Component.Rules[node];

    /// <summary>Crossing cell <paramref name="cell"/> out of rule (or ground) <paramref name="from"/>: where it leads, how far, at what cost.</summary>
    private (int To, long Room, long Cost)? Step(int from, int cell)
    {
        var rules = table.RulesOf(cell);
        if (rules.Count is 0 or > 2)
            return null;
        int to;
        bool forward;
        if (from == _ground)
        {
            if (rules.Count != 1)
                return null;
            to = rules[0];
            forward = ComponentNetwork.SignIn(table.Rules[to], cell) > 0;
        }
        else
        {
            var sign = ComponentNetwork.SignIn(table.Rules[from], cell);
            if (rules.Count == 2)
            {
                to = rules[0] == from ? rules[1] : rules[0];
                if (ComponentNetwork.SignIn(table.Rules[to], cell) == sign)
                    return null;
            }
            else
                to = _ground;
            // The cell's arc runs from the rule subtracting it to the rule adding it.
            forward = sign < 0;
        }

        if (_local.TryGetValue(cell, out var i))
        {
            var a = net.ArcOf(i);
            return (to, net.Network.Residual(forward ? a : a ^ 1), 0);
        }
        var room = forward ? FlowNetwork.Infinite : truth[cell];
        return (to, room, suppressed[cell] ? 0 : Cost(table, truth[cell], cell, threshold));
    }
}
