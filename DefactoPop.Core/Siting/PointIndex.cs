namespace DefactoPop.Core.Siting;

/// <summary>
/// A uniform grid over points for radius and nearest-neighbour queries without a dense distance matrix.
/// Immutable once built; results come in ascending index order (radius) or by distance then index (nearest).
/// </summary>
public sealed class PointIndex
{
    private readonly IReadOnlyList<SitePoint> _points;
    private readonly double _cell;
    private readonly Dictionary<(long X, long Y), int[]> _cells;

    public PointIndex(IReadOnlyList<SitePoint> points, double cell)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!(cell > 0) || !double.IsFinite(cell))
            throw new ArgumentOutOfRangeException(nameof(cell), cell, "The cell size must be positive.");
        _points = points;
        _cell = cell;
        var lists = new Dictionary<(long, long), List<int>>();
        for (var i = 0; i < points.Count; i++)
        {
            var key = Key(points[i]);
            if (!lists.TryGetValue(key, out var list))
                lists[key] = list = [];
            list.Add(i);
        }
        _cells = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public int Count => _points.Count;

    private (long, long) Key(SitePoint p) => ((long)Math.Floor(p.X / _cell), (long)Math.Floor(p.Y / _cell));

    /// <summary>Indices of the points within <paramref name="radius"/> (inclusive) of <paramref name="at"/>, ascending.</summary>
    public int[] Within(SitePoint at, double radius)
    {
        if (radius < 0)
            return [];
        var (cx, cy) = Key(at);
        var reach = (long)Math.Ceiling(radius / _cell);
        var found = new List<int>();
        for (var x = cx - reach; x <= cx + reach; x++)
        {
            for (var y = cy - reach; y <= cy + reach; y++)
            {
                if (!_cells.TryGetValue((x, y), out var members))
                    continue;
                foreach (var i in members)
                {
                    if (_points[i].DistanceTo(at) <= radius)
                        found.Add(i);
                }
            }
        }
        found.Sort();
        return [.. found];
    }

    /// <summary>Whether any point lies within <paramref name="radius"/> of <paramref name="at"/>.</summary>
    public bool Any(SitePoint at, double radius) => Within(at, radius).Length > 0;

    /// <summary>The <paramref name="k"/> nearest points (fewer if there are fewer), by distance then index.</summary>
    public int[] Nearest(SitePoint at, int k)
    {
        if (k <= 0 || _points.Count == 0)
            return [];
        k = Math.Min(k, _points.Count);
        var (cx, cy) = Key(at);
        var found = new List<(double D, int I)>();
        for (long ring = 0; ; ring++)
        {
            if (ring > 64)
            {
                // Sparse outliers: fall back to a full sort.
                return [.. Enumerable.Range(0, _points.Count).OrderBy(i => _points[i].DistanceTo(at)).ThenBy(i => i).Take(k)];
            }
            for (var x = cx - ring; x <= cx + ring; x++)
            {
                for (var y = cy - ring; y <= cy + ring; y++)
                {
                    if (Math.Max(Math.Abs(x - cx), Math.Abs(y - cy)) != ring || !_cells.TryGetValue((x, y), out var members))
                        continue;
                    foreach (var i in members)
                        found.Add((_points[i].DistanceTo(at), i));
                }
            }
            // Every point not yet seen is at least ring·cell away.
            if (found.Count >= k)
            {
                found.Sort();
                if (found[k - 1].D <= ring * _cell || found.Count == _points.Count)
                    return [.. found.Take(k).Select(f => f.I)];
            }
        }
    }
}
