using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;

namespace DefactoPop.Tests.Core.Operator;

/// <summary>A temporary folder with a cell plan and drops built from seeded counts.</summary>
internal sealed class DropFixture : IDisposable
{
    public static readonly DateOnly Day = new(2017, 10, 11);

    public DropFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "defactopop-drop-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DayFolder(DateOnly date) => DropWriter.DayFolder(Path.Combine(Root, "drops"), date);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Cells C1..C{n} valid from 2017-01-01 (open), plus R1 retired on 2017-10-10.</summary>
    public static CellPlan Plan(int cells)
    {
        var entries = Enumerable.Range(1, cells)
            .Select(i => new CellPlanEntry($"C{i}", $"S{(i - 1) / 3 + 1}", 126.9 + i * 1e-4, 37.5 + i * 1e-4, (i - 1) % 3 * 120, 65, 30, "L1800", 20, false, new DateOnly(2017, 1, 1), null))
            .Append(new CellPlanEntry("R1", "S99", 127.0, 37.6, 0, 360, 10, "L2100", 0.5, true, new DateOnly(2017, 1, 1), new DateOnly(2017, 10, 10)))
            .ToList();
        return new CellPlan(entries);
    }

    /// <summary>
    /// A drop over the plan's cells valid on <paramref name="date"/>. Counts are seeded whole numbers; with
    /// <paramref name="dense"/> every domestic cell-hour outside outages has devices. Cell index 1 is out 03:00-05:00.
    /// </summary>
    public static OperatorDrop Drop(CellPlan plan, DateOnly date, int seed, bool dense = true)
    {
        var cells = plan.ValidOn(date);
        var day = date.ToDateTime(TimeOnly.MinValue);
        var outages = cells.Count > 1 ? new List<Outage> { new(cells.IdOf(1), day.AddHours(3), day.AddHours(5)) } : [];
        var rng = new Random(seed);
        var hours = new List<OperatorHour>();
        for (var h = 0; h < 24; h++)
        {
            var flags = Outage.Flags(outages, cells, date, h);
            var domestic = new float[cells.Count * Strata.Count];
            var longTerm = new float[cells.Count * 2];
            var roaming = new float[cells.Count * 2];
            for (var c = 0; c < cells.Count; c++)
            {
                if (flags[c])
                    continue;
                for (var s = 0; s < Strata.Count; s++)
                    domestic[c * Strata.Count + s] = dense ? 1 + rng.Next(40) : rng.Next(3) == 0 ? rng.Next(5) : 0;
                longTerm[c * 2] = rng.Next(3);
                longTerm[c * 2 + 1] = rng.Next(2);
                roaming[c * 2] = c == 0 ? 1 + rng.Next(4) : rng.Next(2);
                roaming[c * 2 + 1] = rng.Next(2);
            }
            hours.Add(new OperatorHour(new HourSlot(date, h), domestic, longTerm, roaming, flags));
        }
        return new OperatorDrop(date, "KT", new DateTimeOffset(date.AddDays(1).ToDateTime(new TimeOnly(2, 30)), TimeSpan.FromHours(9)), cells, hours, outages);
    }
}
