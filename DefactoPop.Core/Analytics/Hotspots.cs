using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

public static class Hotspots
{
    /// <summary>Top-n zones by value; share is value / total where a total is given.</summary>
    public static IReadOnlyList<Hotspot> Top(IReadOnlyList<Zone> zones, double[] values, double[]? totals, int n) =>
        [.. zones.Select((z, i) => (z, i))
            .Where(x => double.IsFinite(values[x.i]))
            .OrderByDescending(x => values[x.i])
            .Take(n)
            .Select((x, rank) => new Hotspot(rank + 1, x.z, values[x.i],
                totals is not null && totals[x.i] > 0 ? values[x.i] / totals[x.i] : null))];
}
