namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// A small directed network with whole-number capacities and Dinic's maximum flow, stopping once a limit is reached.
/// Arcs come in pairs (arc, arc ^ 1 its reverse); capacities can be reset to their initial values between queries,
/// so one component's network answers many bound queries without being rebuilt.
/// </summary>
/// <remarks>
/// OR-Tools' max-flow solves from scratch without a flow limit and pays an interop call per arc; an audit asks
/// millions of tiny, early-stopping queries, hence this one. Its answers are checked against GLOP in the tests.
/// </remarks>
internal sealed class FlowNetwork
{
    public const long Infinite = long.MaxValue / 4;

    private readonly List<int> _to = [];
    private readonly List<long> _initial = [];
    private readonly List<int> _next = [];
    private int[] _head = [];
    private long[] _cap = [];
    private int[] _level = [];
    private int[] _iter = [];
    private int[] _queue = [];
    private bool _frozen;

    public int NodeCount { get; private set; }

    public int AddNode()
    {
        if (_frozen)
            throw new InvalidOperationException("The network is frozen.");
        return NodeCount++;
    }

    /// <summary>Adds u→v with <paramref name="capacity"/> and its reverse with <paramref name="reverseCapacity"/>; returns the arc.</summary>
    public int AddArc(int from, int to, long capacity, long reverseCapacity = 0)
    {
        if (_frozen)
            throw new InvalidOperationException("The network is frozen.");
        var arc = _to.Count;
        _to.Add(to);
        _initial.Add(capacity);
        _next.Add(from);
        _to.Add(from);
        _initial.Add(reverseCapacity);
        _next.Add(to);
        return arc;
    }

    /// <summary>Head of an arc.</summary>
    public int Head(int arc) => _to[arc];

    /// <summary>Tail of an arc.</summary>
    public int Tail(int arc) => _to[arc ^ 1];

    /// <summary>Remaining capacity of an arc in the current state.</summary>
    public long Residual(int arc) => _cap[arc];

    /// <summary>Flow pushed along an arc since the last reset (net of its reverse's initial capacity).</summary>
    public long Flow(int arc) => _initial[arc] - _cap[arc];

    public void SetCapacity(int arc, long capacity) => _cap[arc] = capacity;

    /// <summary>Restores every arc's initial capacity.</summary>
    public void Reset()
    {
        Freeze();
        for (var a = 0; a < _cap.Length; a++)
            _cap[a] = _initial[a];
    }

    /// <summary>Arcs leaving a node (including reverse arcs), in the current state.</summary>
    public IEnumerable<int> ArcsFrom(int node)
    {
        Freeze();
        for (var a = _head[node]; a >= 0; a = _next[a])
            yield return a;
    }

    /// <summary>Pushes up to <paramref name="limit"/> from <paramref name="source"/> to <paramref name="sink"/>; returns what was pushed.</summary>
    public long MaxFlow(int source, int sink, long limit)
    {
        Freeze();
        if (source == sink)
            throw new ArgumentException("Source and sink are the same node.", nameof(sink));
        long total = 0;
        while (total < limit && Levels(source, sink))
        {
            Array.Copy(_head, _iter, NodeCount);
            long pushed;
            while (total < limit && (pushed = Push(source, sink, limit - total)) > 0)
                total += pushed;
        }
        return total;
    }

    /// <summary>Nodes reachable from <paramref name="source"/> through arcs with capacity left.</summary>
    public bool[] Reachable(int source)
    {
        Freeze();
        Levels(source, -1);
        var seen = new bool[NodeCount];
        for (var n = 0; n < NodeCount; n++)
            seen[n] = _level[n] >= 0;
        return seen;
    }

    private void Freeze()
    {
        if (_frozen)
            return;
        _frozen = true;
        _head = new int[NodeCount];
        Array.Fill(_head, -1);
        // _next held each arc's tail until now; thread the adjacency lists.
        var next = new int[_to.Count];
        for (var a = 0; a < _to.Count; a++)
        {
            var tail = _next[a];
            next[a] = _head[tail];
            _head[tail] = a;
        }
        _next.Clear();
        _next.AddRange(next);
        _cap = [.. _initial];
        _level = new int[NodeCount];
        _iter = new int[NodeCount];
        _queue = new int[NodeCount];
    }

    private bool Levels(int source, int sink)
    {
        Array.Fill(_level, -1);
        _level[source] = 0;
        int read = 0, write = 0;
        _queue[write++] = source;
        while (read < write)
        {
            var n = _queue[read++];
            for (var a = _head[n]; a >= 0; a = _next[a])
            {
                var m = _to[a];
                if (_cap[a] > 0 && _level[m] < 0)
                {
                    _level[m] = _level[n] + 1;
                    _queue[write++] = m;
                }
            }
        }
        return sink >= 0 && _level[sink] >= 0;
    }

    private long Push(int node, int sink, long amount)
    {
        if (node == sink)
            return amount;
        for (; _iter[node] >= 0; _iter[node] = _next[_iter[node]])
        {
            var a = _iter[node];
            var m = _to[a];
            if (_cap[a] <= 0 || _level[m] != _level[node] + 1)
                continue;
            var pushed = Push(m, sink, Math.Min(amount, _cap[a]));
            if (pushed > 0)
            {
                if (_cap[a] < Infinite)
                    _cap[a] -= pushed;
                if (_cap[a ^ 1] < Infinite)
                    _cap[a ^ 1] += pushed;
                return pushed;
            }
        }
        return 0;
    }
}
