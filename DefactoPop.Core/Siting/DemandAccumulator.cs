using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Storage;

namespace DefactoPop.Core.Siting;

/// <summary>
/// Sums a <see cref="DemandSelection"/> over stored cells, hour by hour, into a <see cref="DemandSurface"/>: the mean over
/// the hours added, and per hour of day (for a best hour). A masked figure (`*`, 3 or fewer) counts as its midpoint 1.5
/// with bounds [0, 3]. Intervals: each hour's 90 % interval comes from the cell's error parts; the mean's interval
/// takes the hours' SDs as moving together (the allocation and calibration errors of a zone persist from hour to hour),
/// which is the cautious choice.
/// </summary>
public sealed class DemandAccumulator
{
    private const double MaskedMid = 1.5;
    private readonly DemandSelection _selection;
    private readonly double[] _sum;
    private readonly double[] _sdSum;
    private readonly int[] _hoursSeen;
    private readonly double[][] _byHour;
    private readonly int[] _slotsPerHour = new int[24];
    private readonly (int Slot, double Weight)[] _weighted;
    private bool _anyInterval;
    private int _slots;

    public DemandAccumulator(int zones, DemandSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Domestic.Count != Strata.Count)
            throw new ArgumentException($"{Strata.Count} domestic weights expected.", nameof(selection));
        _selection = selection;
        _sum = new double[zones];
        _sdSum = new double[zones];
        _hoursSeen = new int[zones];
        _byHour = [.. Enumerable.Range(0, 24).Select(_ => new double[zones])];
        var weighted = new List<(int, double)>();
        for (var i = 0; i < Strata.Count; i++)
        {
            if (selection.Domestic[i] != 0)
                weighted.Add((CellValues.FirstStratum + i, selection.Domestic[i]));
        }
        void Foreign(int slot, double w)
        {
            if (w != 0)
                weighted.Add((slot, w));
        }
        Foreign(CellValues.ShortChinese, selection.ShortTermChinese);
        Foreign(CellValues.ShortOther, selection.ShortTermOther);
        Foreign(CellValues.LongChinese, selection.LongTermChinese);
        Foreign(CellValues.LongOther, selection.LongTermOther);
        _weighted = [.. weighted];
    }

    /// <summary>Number of hours added.</summary>
    public int Slots => _slots;

    /// <summary>Starts an hour; cells of zones not added in it count as 0 (no one of the selection there).</summary>
    public void BeginSlot(HourSlot slot)
    {
        _slots++;
        _slotsPerHour[slot.Hour]++;
    }

    /// <summary>Adds one zone's cell for the current hour.</summary>
    public void Add(int zone, CellValues cell, int hour)
    {
        ArgumentNullException.ThrowIfNull(cell);
        double value = 0, maskedVar = 0;
        IntervalParts parts = default;
        foreach (var (slot, w) in _weighted)
        {
            var x = cell.Slots[slot];
            if (!Present(cell, slot))
                continue;
            if (double.IsNaN(x))
            {
                value += w * MaskedMid;
                maskedVar += w * w * 0.75; // uniform on [0, 3]
                continue;
            }
            value += w * x;
            if (cell.Intervals == IntervalKind.Parts)
            {
                var p = cell.Parts[slot];
                parts += new IntervalParts(w * w * p.Independent, w * p.Shared, w * p.Common);
            }
        }
        if (cell.Intervals == IntervalKind.Spread)
            parts = cell.Spread.PartsOf(value);
        if (cell.Intervals != IntervalKind.None)
            _anyInterval = true;
        _sum[zone] += value;
        _sdSum[zone] += Math.Sqrt(parts.Variance + maskedVar);
        _byHour[hour][zone] += value;
        _hoursSeen[zone]++;
    }

    /// <summary>The mean over the hours added, with 90 % bounds when the cells carried intervals.</summary>
    public DemandSurface ToSurface(IReadOnlyList<SitingZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        if (zones.Count != _sum.Length)
            throw new ArgumentException($"{_sum.Length} zones expected.", nameof(zones));
        var n = Math.Max(1, _slots);
        var value = _sum.Select(s => s / n).ToArray();
        if (!_anyInterval)
            return new DemandSurface(zones, value, null, null);
        var lower = new double[value.Length];
        var upper = new double[value.Length];
        for (var z = 0; z < value.Length; z++)
        {
            var sd = _sdSum[z] / n;
            (lower[z], upper[z]) = sd > 0 && value[z] > 0 ? Intervals.Bounds(value[z], sd * sd) : (value[z], value[z]);
        }
        return new DemandSurface(zones, value, lower, upper);
    }

    /// <summary>Mean per hour of day, [hour][zone] (0 for hours the selection never covered).</summary>
    public double[][] ByHour() =>
        [.. Enumerable.Range(0, 24).Select(h => _byHour[h].Select(v => _slotsPerHour[h] > 0 ? v / _slotsPerHour[h] : 0).ToArray())];

    private static bool Present(CellValues cell, int slot) => slot switch
    {
        >= CellValues.FirstStratum and < CellValues.LongTotal => (cell.Has & CellSections.Strata) != 0,
        CellValues.LongChinese or CellValues.LongOther => (cell.Has & CellSections.Long) != 0,
        _ => (cell.Has & CellSections.Short) != 0,
    };
}
