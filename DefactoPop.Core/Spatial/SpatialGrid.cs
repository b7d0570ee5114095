namespace DefactoPop.Core.Spatial;

/// <summary>Uniform bucket grid over points, for radius queries.</summary>
internal sealed class SpatialGrid
{
    private readonly double _xMin;
    private readonly double _yMin;
    private readonly double _size;
    private readonly int _nx;
    private readonly int _ny;
    private readonly int[] _start;
    private readonly int[] _items;

    public SpatialGrid(double[] x, double[] y, double size)
    {
        _size = size;
        _xMin = x.Min();
        _yMin = y.Min();
        _nx = (int)((x.Max() - _xMin) / size) + 1;
        _ny = (int)((y.Max() - _yMin) / size) + 1;
        _start = new int[_nx * _ny + 1];
        var keys = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            keys[i] = Key(x[i], y[i]);
            _start[keys[i] + 1]++;
        }
        for (var b = 0; b < _nx * _ny; b++)
            _start[b + 1] += _start[b];
        var next = (int[])_start.Clone();
        _items = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
            _items[next[keys[i]]++] = i;
    }

    private int Key(double x, double y)
    {
        var ix = Math.Clamp((int)((x - _xMin) / _size), 0, _nx - 1);
        var iy = Math.Clamp((int)((y - _yMin) / _size), 0, _ny - 1);
        return iy * _nx + ix;
    }

    /// <summary>Visits every point in the buckets within <paramref name="rings"/> buckets of (x, y).</summary>
    public void ForEachNear(double x, double y, int rings, Action<int> visit)
    {
        var cx = (int)Math.Floor((x - _xMin) / _size);
        var cy = (int)Math.Floor((y - _yMin) / _size);
        for (var iy = Math.Max(0, cy - rings); iy <= Math.Min(_ny - 1, cy + rings); iy++)
        {
            for (var ix = Math.Max(0, cx - rings); ix <= Math.Min(_nx - 1, cx + rings); ix++)
            {
                var b = iy * _nx + ix;
                for (var k = _start[b]; k < _start[b + 1]; k++)
                    visit(_items[k]);
            }
        }
    }

    /// <summary>Points of the buckets overlapping the square of half-side <paramref name="radius"/> around (x, y).</summary>
    public void Collect(double x, double y, double radius, List<int> into)
    {
        into.Clear();
        var x0 = Math.Max(0, (int)Math.Floor((x - radius - _xMin) / _size));
        var x1 = Math.Min(_nx - 1, (int)Math.Floor((x + radius - _xMin) / _size));
        var y0 = Math.Max(0, (int)Math.Floor((y - radius - _yMin) / _size));
        var y1 = Math.Min(_ny - 1, (int)Math.Floor((y + radius - _yMin) / _size));
        for (var iy = y0; iy <= y1; iy++)
        {
            for (var ix = x0; ix <= x1; ix++)
            {
                var b = iy * _nx + ix;
                for (var k = _start[b]; k < _start[b + 1]; k++)
                    into.Add(_items[k]);
            }
        }
    }
}
