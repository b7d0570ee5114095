using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Publication;

/// <summary>
/// Seoul-style cell suppression (methodology §1.4 Step F), as a pure stage over rows.
/// </summary>
/// <remarks>
/// Primary: any cell (total, stratum, Chinese, other) with a value ≤ threshold is masked.
/// Secondary: when the total is published and exactly one cell of a group (the 28 strata, or
/// Chinese/other) is masked, the smallest other unmasked cell of that group is masked too, so no
/// masked cell equals total minus the published cells. Already-masked input cells stay masked.
/// Applying the stage twice changes nothing.
/// </remarks>
public static class DisclosureControl
{
    /// <summary>The protected row; the same instance when nothing needs masking.</summary>
    public static PopulationRow Apply(PopulationRow row, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(options);
        var t = options.Threshold;
        var total = Primary(row.Total, t);
        var changed = !total.Equals(row.Total);

        PopValue[]? strata = null;
        if (row.Strata is { } source)
        {
            strata = new PopValue[source.Length];
            for (var i = 0; i < source.Length; i++)
                strata[i] = Primary(source[i], t);
            if (total.HasValue)
                Secondary(strata);
            changed |= !source.AsSpan().SequenceEqual(strata);
        }

        PopValue? chinese = row.Chinese, other = row.OtherForeign;
        if (chinese is { } c && other is { } o)
        {
            PopValue[] pair = [Primary(c, t), Primary(o, t)];
            if (total.HasValue)
                Secondary(pair);
            chinese = pair[0];
            other = pair[1];
            changed |= !pair[0].Equals(c) || !pair[1].Equals(o);
        }
        else
        {
            if (chinese is { } c1)
                chinese = Primary(c1, t);
            if (other is { } o1)
                other = Primary(o1, t);
            changed |= !Equals(chinese, row.Chinese) || !Equals(other, row.OtherForeign);
        }

        return changed
            ? row with { Total = total, Strata = strata, Chinese = chinese, OtherForeign = other }
            : row;
    }

    public static IEnumerable<PopulationRow> Apply(IEnumerable<PopulationRow> rows, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var row in rows)
            yield return Apply(row, options);
    }

    /// <summary>True when a cell of this row could be recovered by subtraction from the published total.</summary>
    public static bool IsDifferencingPossible(PopulationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Total.IsMasked)
            return false;
        if (row.Strata is { } strata && strata.Count(v => v.IsMasked) == 1)
            return true;
        return row.Chinese is { } c && row.OtherForeign is { } o && c.IsMasked != o.IsMasked;
    }

    private static PopValue Primary(PopValue v, double threshold) =>
        v.HasValue && v.Value <= threshold ? PopValue.Masked : v;

    private static void Secondary(PopValue[] cells)
    {
        var masked = 0;
        var smallest = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].IsMasked)
                masked++;
            else if (smallest < 0 || cells[i].Value < cells[smallest].Value)
                smallest = i;
        }
        if (masked == 1 && smallest >= 0)
            cells[smallest] = PopValue.Masked;
    }
}
