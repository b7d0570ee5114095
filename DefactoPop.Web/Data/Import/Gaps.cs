using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Import;

/// <summary>Finds missing days and hours in the hours a file covered.</summary>
public static class Gaps
{
    public sealed record Result(IReadOnlyList<DateOnly> MissingDays, IReadOnlyList<(DateOnly Date, int Hours)> IncompleteDays, long MissingZoneHours);

    public static Result Analyse(IReadOnlyCollection<int> hourOrdinals, int zones, long rows)
    {
        if (hourOrdinals.Count == 0)
            return new Result([], [], 0);
        var byDay = hourOrdinals.GroupBy(h => h / 24).ToDictionary(g => g.Key, g => g.Count());
        var first = byDay.Keys.Min();
        var last = byDay.Keys.Max();
        var missing = Enumerable.Range(first, last - first + 1).Where(d => !byDay.ContainsKey(d))
            .Select(d => HourSlot.FromOrdinal(d * 24).Date).ToList();
        var incomplete = byDay.Where(kv => kv.Value < 24).OrderBy(kv => kv.Key)
            .Select(kv => (HourSlot.FromOrdinal(kv.Key * 24).Date, kv.Value)).ToList();
        return new Result(missing, incomplete, Math.Max(0, (long)zones * hourOrdinals.Count - rows));
    }
}
