namespace DefactoPop.Core.Spatial;

/// <summary>
/// Sparse emission matrix P[cell, oa] = probability that a device present in the OA is counted at the cell.
/// Stored by OA (compressed columns, i.e. CSR of Pᵀ): each OA lists its cells; every non-empty column sums to 1.
/// </summary>
public sealed class CoverageMatrix(int cellCount, int[] oaStart, int[] cell, float[] probability)
    : OaCellMatrix<float>(cellCount, oaStart, cell, probability)
{
    internal float[] Probability => Values;

    public ReadOnlySpan<float> ProbabilitiesOf(int oa) => ValuesOf(oa);

    /// <summary>P[cell, oa], 0 when not stored.</summary>
    public double this[int cell, int oa]
    {
        get
        {
            for (var k = OaStart[oa]; k < OaStart[oa + 1]; k++)
            {
                if (Cell[k] == cell)
                    return Values[k];
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
            for (var k = OaStart[j]; k < OaStart[j + 1]; k++)
            {
                if (Values[k] > max)
                {
                    max = Values[k];
                    best[j] = Cell[k];
                }
            }
        }
        return best;
    }

    /// <summary>The same matrix with the given cells removed and every column renormalised (devices camp on the remaining cells).</summary>
    public CoverageMatrix Without(IReadOnlyList<bool> removed)
    {
        var start = new int[OaStart.Length];
        var cells = new List<int>(Cell.Length);
        var probs = new List<float>(Cell.Length);
        for (var j = 0; j < OaCount; j++)
        {
            var from = cells.Count;
            double sum = 0;
            for (var k = OaStart[j]; k < OaStart[j + 1]; k++)
            {
                if (removed[Cell[k]])
                    continue;
                cells.Add(Cell[k]);
                probs.Add(Values[k]);
                sum += Values[k];
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
        foreach (var c in Cell)
            start[c + 1]++;
        for (var i = 0; i < CellCount; i++)
            start[i + 1] += start[i];
        var next = (int[])start.Clone();
        var oa = new int[Cell.Length];
        var p = new float[Cell.Length];
        for (var j = 0; j < OaCount; j++)
        {
            for (var k = OaStart[j]; k < OaStart[j + 1]; k++)
            {
                var pos = next[Cell[k]]++;
                oa[pos] = j;
                p[pos] = Values[k];
            }
        }
        return (start, oa, p);
    }
}
