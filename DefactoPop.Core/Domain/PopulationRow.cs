namespace DefactoPop.Core.Domain;

/// <summary>
/// One zone-hour of one population class, as in one line of an official file.
/// Domestic rows carry 28 strata (or none, for the reduced 4-column layout);
/// foreign rows carry Chinese and other instead.
/// </summary>
public sealed record PopulationRow(
    HourSlot Slot,
    ZoneLevel Level,
    string ZoneCode,
    PopulationClass Class,
    PopValue Total)
{
    /// <summary>Parent code as written in the file (행정동코드 on 집계구 rows), if any.</summary>
    public string? ParentCode { get; init; }

    /// <summary>28 values, index <see cref="Strata.Index"/>; null when the layout has no strata.</summary>
    public PopValue[]? Strata { get; init; }

    public PopValue? Chinese { get; init; }

    public PopValue? OtherForeign { get; init; }

    /// <summary>1-based line in the source file (0 when not read from a file).</summary>
    public long Line { get; init; }

    /// <summary>Every figure of the row: the total, then the strata or Chinese and other (those present).</summary>
    public IEnumerable<PopValue> Cells()
    {
        yield return Total;
        if (Strata is { } strata)
        {
            foreach (var v in strata)
                yield return v;
        }
        if (Chinese is { } c)
            yield return c;
        if (OtherForeign is { } o)
            yield return o;
    }

    public bool HasMaskedCell => Cells().Any(v => v.IsMasked);
}
