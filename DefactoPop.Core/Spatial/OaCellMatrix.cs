namespace DefactoPop.Core.Spatial;

/// <summary>
/// A sparse [cell, oa] matrix stored by OA (compressed columns, i.e. CSR of the transpose): OA j lists its cells
/// <c>Cell[OaStart[j] .. OaStart[j + 1])</c> with one value each. Shared by <see cref="CoverageMatrix"/> and the
/// estimator's allocation weights.
/// </summary>
public abstract class OaCellMatrix<T>
    where T : struct
{
    private protected OaCellMatrix(int cellCount, int[] oaStart, int[] cell, T[] values)
    {
        ArgumentNullException.ThrowIfNull(oaStart);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(values);
        if (oaStart.Length == 0 || oaStart[^1] != cell.Length || cell.Length != values.Length)
            throw new ArgumentException("Inconsistent sparse arrays.");
        CellCount = cellCount;
        OaStart = oaStart;
        Cell = cell;
        Values = values;
    }

    public int CellCount { get; }
    public int OaCount => OaStart.Length - 1;
    public int NonZeroCount => Cell.Length;

    internal int[] OaStart { get; }
    internal int[] Cell { get; }
    private protected T[] Values { get; }

    public ReadOnlySpan<int> CellsOf(int oa) => Cell.AsSpan(OaStart[oa], OaStart[oa + 1] - OaStart[oa]);

    private protected ReadOnlySpan<T> ValuesOf(int oa) => Values.AsSpan(OaStart[oa], OaStart[oa + 1] - OaStart[oa]);
}
