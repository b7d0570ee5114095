using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.Observation;

/// <summary>
/// What the synthetic operator delivers, in the contract's own types: its cell plan (sites and sectors, no coverage
/// matrix) and each day's counts as an <see cref="OperatorDrop"/>. The estimator side reads only these.
/// </summary>
public static class OperatorEmitter
{
    public const string OperatorName = "KT-synthetic";
    public const string Band = "LTE-1800";

    public static string SiteId(int site) => "S" + site.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Cell id of a sector: site id, dash, sector number from 1 (sectors of a site are consecutive cells).</summary>
    public static string CellId(NetworkPlan plan, int cell)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sector = cell % plan.Options.SectorsPerSite + 1;
        return SiteId(plan.CellSite[cell]) + "-" + sector.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The plan as the operator's reference file: one open-ended entry per sector, valid from <paramref name="validFrom"/>.</summary>
    public static CellPlan CellPlanOf(NetworkPlan plan, DateOnly validFrom)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var o = plan.Options;
        var entries = new CellPlanEntry[plan.CellCount];
        for (var i = 0; i < plan.CellCount; i++)
        {
            var site = plan.CellSite[i];
            entries[i] = new CellPlanEntry(
                CellId(plan, i), SiteId(site),
                Math.Round(plan.SiteLon(site), 6), Math.Round(plan.SiteLat(site), 6),
                Math.Round(plan.CellAzimuthDeg[i], 1), o.HorizontalBeamDeg, o.HeightM, Band,
                Math.Round(plan.CellPowerW[i], 6), Indoor: false, validFrom, ValidTo: null);
        }
        return new CellPlan(entries);
    }

    /// <summary>One day's drop from the 24 observed hours (cells in plan order, outages from the hours' flags).</summary>
    public static OperatorDrop DropOf(CellIndex cells, DateOnly date, IReadOnlyList<OperatorHour> hours, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(hours);
        if (hours.Count != 24)
            throw new ArgumentException($"A day has 24 hours, not {hours.Count}.", nameof(hours));
        var outages = Outage.FromFlags(cells, date, [.. hours.Select(h => h.Outage)]);
        return new OperatorDrop(date, OperatorName, producedAt, cells, hours, outages);
    }
}
