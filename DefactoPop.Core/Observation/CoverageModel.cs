using System.Runtime.CompilerServices;

namespace DefactoPop.Core.Observation;

/// <summary>
/// mobloc-style signal model: path loss, 3GPP sector antenna pattern, logistic dominance;
/// P[cell, oa] = s / Σ s over the strongest cells of the OA.
/// </summary>
internal sealed class CoverageModel
{
    private readonly NetworkOptions _o;
    private readonly double[] _siteX;
    private readonly double[] _siteY;
    private readonly int[] _cellSite;
    private readonly double[] _azimuth;
    private readonly double[] _powerDbm;
    private readonly double _radius;
    private readonly SpatialGrid _sites;

    public CoverageModel(NetworkOptions options, double[] siteX, double[] siteY, int[] cellSite, double[] azimuth, double[] powerW, double radius)
    {
        _o = options;
        _siteX = siteX;
        _siteY = siteY;
        _cellSite = cellSite;
        _azimuth = azimuth;
        _powerDbm = powerW.Select(w => 10 * Math.Log10(w * 1000)).ToArray();
        _radius = radius;
        _sites = new SpatialGrid(siteX, siteY, Math.Max(1, radius / 2));
    }

    /// <summary>Received power (dBm) of a cell at a point on the ground.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double SignalDbm(int cell, double x, double y)
    {
        var s = _cellSite[cell];
        var dx = x - _siteX[s];
        var dy = y - _siteY[s];
        var d2 = Math.Max(1.0, dx * dx + dy * dy);
        var d = Math.Sqrt(d2);
        var d3 = Math.Sqrt(d2 + _o.HeightM * _o.HeightM);
        var bearing = Math.Atan2(dx, dy) * 180 / Math.PI;
        var phi = (bearing - _azimuth[cell] + 540) % 360 - 180;
        var aH = Math.Min(12 * (phi / _o.HorizontalBeamDeg) * (phi / _o.HorizontalBeamDeg), _o.FrontBackDb);
        var elevation = Math.Atan2(_o.HeightM, d) * 180 / Math.PI;
        var dv = (elevation - _o.TiltDeg) / _o.VerticalBeamDeg;
        var aV = Math.Min(12 * dv * dv, _o.FrontBackDb);
        var loss = Math.Min(aH + aV, _o.FrontBackDb);
        return _powerDbm[cell] - 10 * _o.PathLossExponent * Math.Log10(d3) - loss;
    }

    public double Dominance(double dbm) => 1.0 / (1.0 + Math.Exp(-(dbm - _o.SMid) * _o.SSteep));

    public (CoverageMatrix Truth, CoverageMatrix Estimator) Evaluate(double[] ox, double[] oy, int seed)
    {
        var n = ox.Length;
        var cellCount = _cellSite.Length;
        var truthCols = new (int Cell, float P)[n][];
        var estCols = new (int Cell, float P)[n][];
        Parallel.For(0, n, () => new List<int>(), (j, _, near) =>
        {
            (truthCols[j], estCols[j]) = EvaluateOa(j, ox[j], oy[j], seed, near);
            return near;
        }, _ => { });

        EnsureEveryCellCovered(estCols, cellCount, ox, oy);
        return (Build(truthCols, cellCount), Build(estCols, cellCount));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ((int Cell, float P)[] Truth, (int Cell, float P)[] Estimator) EvaluateOa(int j, double x, double y, int seed, List<int> near)
    {
        var sectors = _o.SectorsPerSite;
        _sites.Collect(x, y, _radius, near);
        var cand = new List<(int Cell, double S, double SNoisy)>(near.Count * sectors);
        foreach (var site in near)
        {
            for (var k = 0; k < sectors; k++)
            {
                var c = site * sectors + k;
                var dbm = SignalDbm(c, x, y);
                var rng = Rng.For(seed, 12, c, j);
                var noisy = dbm + _o.EstimatorNoiseDb * rng.Normal();
                cand.Add((c, Dominance(dbm), Quantise(Dominance(noisy))));
            }
        }
        return (Column(cand, useNoisy: false), Column(cand, useNoisy: true));
    }

    private double Quantise(double s)
    {
        var levels = _o.EstimatorDominanceLevels;
        return levels > 0 ? Math.Ceiling(s * levels) / levels : s;
    }

    private (int Cell, float P)[] Column(List<(int Cell, double S, double SNoisy)> cand, bool useNoisy)
    {
        var count = cand.Count;
        if (count == 0)
            return [];
        var keys = new double[count];
        var cells = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = -(useNoisy ? cand[i].SNoisy : cand[i].S);
            cells[i] = cand[i].Cell;
        }
        Array.Sort(keys, cells);
        var kept = 0;
        double sum = 0;
        while (kept < count && kept < _o.MaxCellsPerOa && -keys[kept] >= _o.DominanceThreshold)
            sum += -keys[kept++];
        if (kept == 0)
            return [(cells[0], 1f)];
        var column = new (int Cell, float P)[kept];
        for (var i = 0; i < kept; i++)
            column[i] = (cells[i], sum > 0 ? (float)(-keys[i] / sum) : 1f / kept);
        Array.Sort(column, (a, b) => a.Cell.CompareTo(b.Cell));
        return column;
    }

    /// <summary>A cell with no OA in P* would lose its counts: attach it to the OA where its signal is strongest.</summary>
    private void EnsureEveryCellCovered((int Cell, float P)[][] cols, int cellCount, double[] ox, double[] oy)
    {
        var covered = new bool[cellCount];
        foreach (var col in cols)
        {
            foreach (var (c, _) in col)
                covered[c] = true;
        }
        var oaGrid = new SpatialGrid(ox, oy, Math.Max(1, _radius / 2));
        var near = new List<int>();
        for (var c = 0; c < cellCount; c++)
        {
            if (covered[c])
                continue;
            var site = _cellSite[c];
            var radius = _radius;
            var best = -1;
            var bestDbm = double.NegativeInfinity;
            while (best < 0)
            {
                oaGrid.Collect(_siteX[site], _siteY[site], radius, near);
                foreach (var j in near)
                {
                    var dbm = SignalDbm(c, ox[j], oy[j]);
                    if (dbm > bestDbm)
                    {
                        bestDbm = dbm;
                        best = j;
                    }
                }
                radius *= 2;
            }
            var col = cols[best];
            var s = Math.Max(Dominance(bestDbm), 1e-3);
            var total = 1.0 + s;
            cols[best] = col.Select(t => (t.Cell, (float)(t.P / total)))
                .Append((c, (float)(s / total)))
                .OrderBy(t => t.Item1)
                .ToArray();
        }
    }

    private static CoverageMatrix Build((int Cell, float P)[][] cols, int cellCount)
    {
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
