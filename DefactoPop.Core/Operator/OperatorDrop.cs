using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>
/// One day's delivery from the operator: 24 hours of cell counts over the cells valid that day, and the declared outages.
/// The outage flags of every hour agree with <see cref="Outages"/> (checked on construction).
/// </summary>
public sealed class OperatorDrop
{
    public OperatorDrop(DateOnly date, string operatorName, DateTimeOffset producedAt, CellIndex cells,
        IReadOnlyList<OperatorHour> hours, IReadOnlyList<Outage> outages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(outages);
        if (hours.Count != 24)
            throw new ArgumentException($"A drop has 24 hours, not {hours.Count}.", nameof(hours));
        for (var h = 0; h < 24; h++)
        {
            var hour = hours[h];
            if (hour.Slot != new HourSlot(date, h))
                throw new ArgumentException($"Hour {h} is {hour.Slot}, expected {new HourSlot(date, h)}.", nameof(hours));
            if (hour.CellCount != cells.Count)
                throw new ArgumentException($"Hour {h} has {hour.CellCount} cells, the index has {cells.Count}.", nameof(hours));
            if (!hour.Outage.AsSpan().SequenceEqual(Outage.Flags(outages, cells, date, h)))
                throw new ArgumentException($"The outage flags of hour {h} disagree with the declared outages.", nameof(hours));
        }
        foreach (var o in outages)
        {
            if (cells.IndexOf(o.CellId) < 0)
                throw new ArgumentException($"Outage of unknown cell {o.CellId}.", nameof(outages));
            if (o.To <= o.From)
                throw new ArgumentException($"Outage of {o.CellId} ends before it starts.", nameof(outages));
        }
        Date = date;
        Operator = operatorName;
        ProducedAt = producedAt;
        Cells = cells;
        Hours = hours;
        Outages = outages;
    }

    public DateOnly Date { get; }
    public string Operator { get; }
    public DateTimeOffset ProducedAt { get; }

    /// <summary>The cells valid on <see cref="Date"/>; the index of every hour array.</summary>
    public CellIndex Cells { get; }

    /// <summary>Hours 0-23.</summary>
    public IReadOnlyList<OperatorHour> Hours { get; }

    public IReadOnlyList<Outage> Outages { get; }
}
