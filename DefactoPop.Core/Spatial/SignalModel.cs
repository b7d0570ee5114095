using System.Runtime.CompilerServices;

namespace DefactoPop.Core.Spatial;

/// <summary>Radio assumptions of a mobloc-style coverage model (defaults: mobloc's urban LTE settings).</summary>
public sealed record SignalParameters
{
    public double TiltDeg { get; init; } = 5;
    public double VerticalBeamDeg { get; init; } = 9;
    public double FrontBackDb { get; init; } = 30;
    public double PathLossExponent { get; init; } = 3.75;

    /// <summary>Logistic dominance: midpoint (dBm) and steepness (1/dB).</summary>
    public double SMid { get; init; } = -92.5;
    public double SSteep { get; init; } = 0.2;

    /// <summary>Cells below this dominance do not serve the OA; at most this many cells per OA.</summary>
    public double DominanceThreshold { get; init; } = 0.005;
    public int MaxCellsPerOa { get; init; } = 10;
}

/// <summary>
/// Received power of each sector on the ground (path loss + 3GPP horizontal and vertical antenna pattern) and the
/// logistic dominance; turns dominances into the coverage columns P[cell, oa] = s / Σ s over the strongest cells.
/// Positions are metres in one local projection.
/// </summary>
public sealed class SignalModel
{
    private readonly SignalParameters _p;
    private readonly double[] _cellX;
    private readonly double[] _cellY;
    private readonly double[] _azimuth;
    private readonly double[] _height;
    private readonly double[] _beam;
    private readonly double[] _powerDbm;

    /// <param name="powerW">Transmit power in watts; <paramref name="height"/> metres; <paramref name="beam"/> horizontal beamwidth in degrees.</param>
    public SignalModel(SignalParameters parameters, double[] cellX, double[] cellY, double[] azimuth, double[] height, double[] beam, double[] powerW)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(powerW);
        _p = parameters;
        _cellX = cellX;
        _cellY = cellY;
        _azimuth = azimuth;
        _height = height;
        _beam = beam;
        _powerDbm = [.. powerW.Select(w => 10 * Math.Log10(w * 1000))];
    }

    public SignalParameters Parameters => _p;

    public int CellCount => _cellX.Length;

    /// <summary>Received power (dBm) of a cell at a point on the ground.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double SignalDbm(int cell, double x, double y)
    {
        var dx = x - _cellX[cell];
        var dy = y - _cellY[cell];
        var h = _height[cell];
        var d2 = Math.Max(1.0, dx * dx + dy * dy);
        var d = Math.Sqrt(d2);
        var d3 = Math.Sqrt(d2 + h * h);
        var bearing = Math.Atan2(dx, dy) * 180 / Math.PI;
        var phi = (bearing - _azimuth[cell] + 540) % 360 - 180;
        var aH = Math.Min(12 * (phi / _beam[cell]) * (phi / _beam[cell]), _p.FrontBackDb);
        var elevation = Math.Atan2(h, d) * 180 / Math.PI;
        var dv = (elevation - _p.TiltDeg) / _p.VerticalBeamDeg;
        var aV = Math.Min(12 * dv * dv, _p.FrontBackDb);
        var loss = Math.Min(aH + aV, _p.FrontBackDb);
        return _powerDbm[cell] - 10 * _p.PathLossExponent * Math.Log10(d3) - loss;
    }

    public double Dominance(double dbm) => 1.0 / (1.0 + Math.Exp(-(dbm - _p.SMid) * _p.SSteep));

    /// <summary>
    /// Every OA's column: the cells within <paramref name="radius"/> of its point, their dominance from the signal
    /// (changed by <paramref name="perturb"/>(cell, oa, dBm) when given, e.g. shadow fading), kept by <see cref="Column"/>.
    /// </summary>
    public (int Cell, float P)[][] Columns(double[] ox, double[] oy, double radius, Func<int, int, double, double>? perturb = null)
    {
        ArgumentNullException.ThrowIfNull(ox);
        ArgumentNullException.ThrowIfNull(oy);
        var grid = new SpatialGrid(_cellX, _cellY, Math.Max(1, radius / 2));
        var cols = new (int Cell, float P)[ox.Length][];
        Parallel.For(0, ox.Length, () => (Near: new List<int>(), Cand: new List<(int, double)>()), (j, _, buffers) =>
        {
            grid.Collect(ox[j], oy[j], radius, buffers.Near);
            buffers.Cand.Clear();
            foreach (var c in buffers.Near)
            {
                var dbm = SignalDbm(c, ox[j], oy[j]);
                if (perturb is not null)
                    dbm = perturb(c, j, dbm);
                buffers.Cand.Add((c, Dominance(dbm)));
            }
            cols[j] = Column(buffers.Cand);
            return buffers;
        }, _ => { });
        return cols;
    }

    /// <summary>One OA's column from candidate (cell, dominance) pairs: the strongest cells above the threshold, normalised.</summary>
    public (int Cell, float P)[] Column(List<(int Cell, double S)> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var count = candidates.Count;
        if (count == 0)
            return [];
        var keys = new double[count];
        var cells = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = -candidates[i].S;
            cells[i] = candidates[i].Cell;
        }
        Array.Sort(keys, cells);
        var kept = 0;
        double sum = 0;
        while (kept < count && kept < _p.MaxCellsPerOa && -keys[kept] >= _p.DominanceThreshold)
            sum += -keys[kept++];
        if (kept == 0)
            return [(cells[0], 1f)];
        var column = new (int Cell, float P)[kept];
        for (var i = 0; i < kept; i++)
            column[i] = (cells[i], sum > 0 ? (float)(-keys[i] / sum) : 1f / kept);
        Array.Sort(column, (a, b) => a.Cell.CompareTo(b.Cell));
        return column;
    }

    /// <summary>A cell serving no OA would lose its counts: attach it to the OA where its signal is strongest.</summary>
    public void EnsureEveryCellCovered((int Cell, float P)[][] cols, double[] ox, double[] oy, double radius)
    {
        ArgumentNullException.ThrowIfNull(cols);
        var covered = new bool[CellCount];
        foreach (var col in cols)
        {
            foreach (var (c, _) in col)
                covered[c] = true;
        }
        var oaGrid = new SpatialGrid(ox, oy, Math.Max(1, radius / 2));
        var near = new List<int>();
        for (var c = 0; c < CellCount; c++)
        {
            if (covered[c])
                continue;
            var r = radius;
            var best = -1;
            var bestDbm = double.NegativeInfinity;
            while (best < 0)
            {
                oaGrid.Collect(_cellX[c], _cellY[c], r, near);
                foreach (var j in near)
                {
                    var dbm = SignalDbm(c, ox[j], oy[j]);
                    if (best < 0 || dbm > bestDbm)
                        (bestDbm, best) = (dbm, j);
                }
                r *= 2;
            }
            var s = Math.Max(Dominance(bestDbm), 1e-3);
            var total = 1.0 + s;
            cols[best] = [.. cols[best].Select(t => (t.Cell, (float)(t.P / total))).Append((c, (float)(s / total))).OrderBy(t => t.Item1)];
        }
    }

    /// <summary>Columns per OA as a sparse matrix.</summary>
    public static CoverageMatrix Build((int Cell, float P)[][] cols, int cellCount)
    {
        ArgumentNullException.ThrowIfNull(cols);
        var start = new int[cols.Length + 1];
        for (var j = 0; j < cols.Length; j++)
            start[j + 1] = start[j] + cols[j].Length;
        var cell = new int[start[^1]];
        var p = new float[start[^1]];
        for (var j = 0; j < cols.Length; j++)
        {
            for (var k = 0; k < cols[j].Length; k++)
            {
                cell[start[j] + k] = cols[j][k].Cell;
                p[start[j] + k] = cols[j][k].P;
            }
        }
        return new CoverageMatrix(cellCount, start, cell, p);
    }
}
