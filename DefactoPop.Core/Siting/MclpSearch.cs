namespace DefactoPop.Core.Siting;

/// <summary>
/// The MCLP heuristic on sparse covers: lazy greedy (a max-heap of stale gains, which are upper bounds because coverage
/// is submodular) with a per-unit count of open sites covering it, then best-improvement 1-swaps whose gains are
/// computed incrementally: Δ(out r, in j) = gain(j) − loss(r) + Σ demand of units covered once, by r, that j also covers.
/// Ties go to the lower index, first slot first, as in the plain definitions.
/// </summary>
internal sealed class MclpSearch
{
    private const double Tolerance = 1e-9;
    private readonly IReadOnlyList<double> _demand;
    private readonly int[][] _covers;
    private readonly int[] _count;
    private readonly bool[] _open;

    public MclpSearch(IReadOnlyList<double> demand, int[][] covers)
    {
        _demand = demand;
        _covers = [.. covers.Select(c => Ascending(c) ? c : c.Distinct().ToArray())];
        if (_covers.Any(c => c.Any(i => i < 0 || i >= demand.Count)))
            throw new ArgumentException("A site covers a unit that does not exist.", nameof(covers));
        _count = new int[demand.Count];
        _open = new bool[covers.Length];
    }

    private static bool Ascending(int[] c)
    {
        for (var k = 1; k < c.Length; k++)
        {
            if (c[k] <= c[k - 1])
                return false;
        }
        return true;
    }

    public double Objective()
    {
        double sum = 0;
        for (var i = 0; i < _count.Length; i++)
            sum += _count[i] > 0 ? _demand[i] : 0;
        return sum;
    }

    public void Open(int j)
    {
        _open[j] = true;
        foreach (var i in _covers[j])
            _count[i]++;
    }

    private void Close(int j)
    {
        _open[j] = false;
        foreach (var i in _covers[j])
            _count[i]--;
    }

    /// <summary>Demand that site j would add to what is open now.</summary>
    public double Gain(int j)
    {
        double g = 0;
        foreach (var i in _covers[j])
            g += _count[i] == 0 ? _demand[i] : 0;
        return g;
    }

    public List<int> Greedy(IReadOnlyList<int> candidates, int p)
    {
        // Max gain first, then the lower index: the heap orders by (−gain, j).
        var heap = new PriorityQueue<int, (double, int)>(candidates.Select(j => (j, (-Gain(j), j))));
        var chosen = new List<int>(p);
        while (chosen.Count < p && heap.TryDequeue(out var j, out _))
        {
            var fresh = Gain(j);
            if (heap.TryPeek(out _, out var bound) && (-fresh, j).CompareTo(bound) > 0)
            {
                heap.Enqueue(j, (-fresh, j));
                continue;
            }
            Open(j);
            chosen.Add(j);
        }
        return chosen;
    }

    /// <summary>Best 1-swaps (largest improvement, first slot then lowest candidate on ties) until none improves.</summary>
    public void Swap(List<int> chosen, IReadOnlyList<int> candidates)
    {
        if (chosen.Count == 0)
            return;
        var slotOf = new int[_covers.Length];
        Array.Fill(slotOf, -1);
        for (var k = 0; k < chosen.Count; k++)
            slotOf[chosen[k]] = k;
        var loss = new double[chosen.Count];
        var extra = new double[chosen.Count];
        var owner = new int[_count.Length];
        while (true)
        {
            // owner[i]: the one open site covering a unit covered exactly once.
            for (var j = 0; j < _open.Length; j++)
            {
                if (!_open[j])
                    continue;
                foreach (var i in _covers[j])
                    owner[i] = _count[i] == 1 ? j : -1;
            }
            Array.Clear(loss);
            for (var k = 0; k < chosen.Count; k++)
            {
                foreach (var i in _covers[chosen[k]])
                    loss[k] += _count[i] == 1 ? _demand[i] : 0;
            }
            (int Slot, int Site, double Delta) best = (-1, -1, 0);
            var bestBySlot = new (int Site, double Delta)[chosen.Count];
            Array.Fill(bestBySlot, (-1, double.NegativeInfinity));
            foreach (var j in candidates)
            {
                if (_open[j])
                    continue;
                Array.Clear(extra);
                double gain = 0;
                foreach (var i in _covers[j])
                {
                    if (_count[i] == 0)
                        gain += _demand[i];
                    else if (_count[i] == 1 && slotOf[owner[i]] >= 0)
                        extra[slotOf[owner[i]]] += _demand[i];
                }
                for (var k = 0; k < chosen.Count; k++)
                {
                    var delta = gain - loss[k] + extra[k];
                    if (delta > bestBySlot[k].Delta + Tolerance)
                        bestBySlot[k] = (j, delta);
                }
            }
            // The plain search scans slot by slot, candidates inside; a later slot wins only if strictly better.
            for (var k = 0; k < chosen.Count; k++)
            {
                if (bestBySlot[k].Site >= 0 && bestBySlot[k].Delta > best.Delta + Tolerance)
                    best = (k, bestBySlot[k].Site, bestBySlot[k].Delta);
            }
            if (best.Slot < 0)
                return;
            var old = chosen[best.Slot];
            Close(old);
            slotOf[old] = -1;
            Open(best.Site);
            slotOf[best.Site] = best.Slot;
            chosen[best.Slot] = best.Site;
        }
    }
}
