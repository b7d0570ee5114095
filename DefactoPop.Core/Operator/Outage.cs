namespace DefactoPop.Core.Operator;

/// <summary>A declared cell outage from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), local KST date-times.</summary>
public sealed record Outage(string CellId, DateTime From, DateTime To)
{
    /// <summary>True when the outage overlaps the hour starting at <paramref name="date"/> <paramref name="hour"/>:00.</summary>
    public bool Covers(DateOnly date, int hour)
    {
        var start = date.ToDateTime(new TimeOnly(hour, 0));
        return From < start.AddHours(1) && To > start;
    }

    /// <summary>Outage flags of one hour, [cell], for the cells of <paramref name="cells"/>.</summary>
    public static bool[] Flags(IReadOnlyList<Outage> outages, CellIndex cells, DateOnly date, int hour)
    {
        ArgumentNullException.ThrowIfNull(outages);
        ArgumentNullException.ThrowIfNull(cells);
        var flags = new bool[cells.Count];
        foreach (var o in outages)
        {
            var i = cells.IndexOf(o.CellId);
            if (i >= 0 && o.Covers(date, hour))
                flags[i] = true;
        }
        return flags;
    }

    /// <summary>Outages from per-hour flags ([hour][cell]): consecutive flagged hours of a cell become one outage.</summary>
    public static IReadOnlyList<Outage> FromFlags(CellIndex cells, DateOnly date, IReadOnlyList<bool[]> flagsByHour)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(flagsByHour);
        var result = new List<Outage>();
        var day = date.ToDateTime(TimeOnly.MinValue);
        for (var c = 0; c < cells.Count; c++)
        {
            var h = 0;
            while (h < flagsByHour.Count)
            {
                if (!flagsByHour[h][c])
                {
                    h++;
                    continue;
                }
                var start = h;
                while (h < flagsByHour.Count && flagsByHour[h][c])
                    h++;
                result.Add(new Outage(cells.IdOf(c), day.AddHours(start), day.AddHours(h)));
            }
        }
        return result;
    }
}
