namespace DefactoPop.Core.Operator;

/// <summary>
/// One sector of the operator's cell plan. Angles in degrees (azimuth clockwise from north), height in metres,
/// power in watts, WGS84 lon/lat. Valid from <see cref="ValidFrom"/> through <see cref="ValidTo"/> inclusive (null = open).
/// </summary>
public sealed record CellPlanEntry(
    string CellId,
    string SiteId,
    double Lon,
    double Lat,
    double AzimuthDeg,
    double BeamwidthDeg,
    double HeightM,
    string Band,
    double PowerW,
    bool Indoor,
    DateOnly ValidFrom,
    DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo.Value);
}

/// <summary>The cell plan: every entry with its validity, in file order.</summary>
public sealed class CellPlan
{
    public CellPlan(IReadOnlyList<CellPlanEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var group in entries.GroupBy(e => e.CellId, StringComparer.Ordinal))
        {
            var list = group.OrderBy(e => e.ValidFrom).ToList();
            for (var i = 1; i < list.Count; i++)
            {
                if (list[i - 1].ValidTo is not { } to || to >= list[i].ValidFrom)
                    throw new ArgumentException($"Cell {group.Key} has overlapping validity periods.", nameof(entries));
            }
        }
        Entries = entries;
    }

    public IReadOnlyList<CellPlanEntry> Entries { get; }

    /// <summary>The cells valid on <paramref name="date"/>, densely indexed in plan order.</summary>
    public CellIndex ValidOn(DateOnly date) => new(Entries.Where(e => e.IsValidOn(date)).ToList());
}

/// <summary>Dense indexes 0..Count-1 of the cells valid on one date, in plan order (the index of the hour arrays).</summary>
public sealed class CellIndex
{
    private readonly Dictionary<string, int> _byId;

    public CellIndex(IReadOnlyList<CellPlanEntry> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells;
        _byId = new Dictionary<string, int>(cells.Count, StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            if (!_byId.TryAdd(cells[i].CellId, i))
                throw new ArgumentException($"Cell {cells[i].CellId} appears twice.", nameof(cells));
        }
    }

    public IReadOnlyList<CellPlanEntry> Cells { get; }

    public int Count => Cells.Count;

    public string IdOf(int index) => Cells[index].CellId;

    /// <summary>The dense index, or -1 for a cell not in the plan on this date.</summary>
    public int IndexOf(string cellId) => _byId.GetValueOrDefault(cellId, -1);

    /// <summary>Lookup on the raw UTF-8 bytes of a CSV cell without allocating for the common case.</summary>
    internal int IndexOf(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 128)
            return IndexOf(System.Text.Encoding.UTF8.GetString(utf8));
        Span<char> chars = stackalloc char[128];
        var n = System.Text.Encoding.UTF8.GetChars(utf8, chars);
        var lookup = _byId.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(chars[..n], out var i) ? i : -1;
    }
}
