namespace DefactoPop.Core.Observation;

/// <summary>
/// Sparse emission matrix P[cell, oa] = probability that a device present in the OA is counted at the cell.
/// Stored by OA (compressed columns, i.e. CSR of Pᵀ): each OA lists its cells; every non-empty column sums to 1.
/// </summary>
public sealed class CoverageMatrix
{
    private readonly int[] _oaStart;
    private readonly int[] _cell;
    private readonly float[] _probability;

    public CoverageMatrix(int cellCount, int[] oaStart, int[] cell, float[] probability)
    {
        ArgumentNullException.ThrowIfNull(oaStart);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(probability);
        if (oaStart.Length == 0 || oaStart[^1] != cell.Length || cell.Length != probability.Length)
            throw new ArgumentException("Inconsistent sparse arrays.");
        CellCount = cellCount;
        _oaStart = oaStart;
        _cell = cell;
        _probability = probability;
    }

    public int CellCount { get; }
    public int OaCount => _oaStart.Length - 1;
    public int NonZeroCount => _cell.Length;

    internal int[] OaStart => _oaStart;
    internal int[] Cell => _cell;
    internal float[] Probability => _probability;

    public ReadOnlySpan<int> CellsOf(int oa) => _cell.AsSpan(_oaStart[oa], _oaStart[oa + 1] - _oaStart[oa]);

    public ReadOnlySpan<float> ProbabilitiesOf(int oa) => _probability.AsSpan(_oaStart[oa], _oaStart[oa + 1] - _oaStart[oa]);

    /// <summary>P[cell, oa], 0 when not stored.</summary>
    public double this[int cell, int oa]
    {
        get
        {
            for (var k = _oaStart[oa]; k < _oaStart[oa + 1]; k++)
            {
                if (_cell[k] == cell)
                    return _probability[k];
            }
            return 0;
        }
    }

    /// <summary>The cell with the largest probability for each OA (the best server), -1 for an OA without cells.</summary>
    public int[] BestServer()
    {
        var best = new int[OaCount];
        for (var j = 0; j < OaCount; j++)
        {
            best[j] = -1;
            var max = -1f;
            for (var k = _oaStart[j]; k < _oaStart[j + 1]; k++)
            {
                if (_probability[k] > max)
                {
                    max = _probability[k];
                    best[j] = _cell[k];
                }
            }
        }
        return best;
    }

    /// <summary>The same matrix with the given cells removed and every column renormalised (devices camp on the remaining cells).</summary>
    public CoverageMatrix Without(IReadOnlyList<bool> removed)
    {
        var start = new int[_oaStart.Length];
        var cells = new List<int>(_cell.Length);
        var probs = new List<float>(_cell.Length);
        for (var j = 0; j < OaCount; j++)
        {
            var from = cells.Count;
            double sum = 0;
            for (var k = _oaStart[j]; k < _oaStart[j + 1]; k++)
            {
                if (removed[_cell[k]])
                    continue;
                cells.Add(_cell[k]);
                probs.Add(_probability[k]);
                sum += _probability[k];
            }
            for (var k = from; k < cells.Count; k++)
                probs[k] = (float)(probs[k] / sum);
            start[j + 1] = cells.Count;
        }
        return new CoverageMatrix(CellCount, start, [.. cells], [.. probs]);
    }

    /// <summary>Row view (CSR by cell): for each cell, the OAs it covers and P[cell, oa].</summary>
    public (int[] CellStart, int[] Oa, float[] Probability) ByCell()
    {
        var start = new int[CellCount + 1];
        foreach (var c in _cell)
            start[c + 1]++;
        for (var i = 0; i < CellCount; i++)
            start[i + 1] += start[i];
        var next = (int[])start.Clone();
        var oa = new int[_cell.Length];
        var p = new float[_cell.Length];
        for (var j = 0; j < OaCount; j++)
        {
            for (var k = _oaStart[j]; k < _oaStart[j + 1]; k++)
            {
                var pos = next[_cell[k]]++;
                oa[pos] = j;
                p[pos] = _probability[k];
            }
        }
        return (start, oa, p);
    }
}
