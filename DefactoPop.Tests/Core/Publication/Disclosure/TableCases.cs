using System.Globalization;
using CsCheck;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Disclosure;

namespace DefactoPop.Tests.Core.Publication.Disclosure;

/// <summary>Small random linked tables in hundredths: a few top rows, children and grandchildren, additive by construction.</summary>
internal static class TableCases
{
    /// <summary>Tables of depth 2 or 3 whose leaf parts are mostly small (many at or below 3 persons).</summary>
    public static Gen<LinkedTable> Hierarchy { get; } =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[1, 4], Gen.Int[1, 5], Gen.Bool, Gen.Int[0, 1_000_000])
            .Select(t => Build(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

    /// <summary>A table with a random mask: unknown cells are null.</summary>
    public static Gen<(LinkedTable Full, LinkedTable Masked, bool[] Suppressed)> Masked { get; } =
        Gen.Select(Hierarchy, Gen.Int[0, 1_000_000], Gen.Int[10, 70]).Select(t =>
        {
            var (full, seed, percent) = t;
            var rng = new Random(seed);
            var suppressed = Enumerable.Range(0, full.CellCount).Select(_ => rng.Next(100) < percent).ToArray();
            return (full, WithMask(full, suppressed), suppressed);
        });

    public static LinkedTable Build(int tops, int mids, int leaves, int width, bool threeLevels, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<TableRow>();
        var leafValues = new Dictionary<int, long[]>();
        for (var t = 0; t < tops; t++)
        {
            var top = rows.Count;
            rows.Add(new TableRow($"T{t}", -1, 0));
            for (var m = 0; m < mids; m++)
            {
                var mid = rows.Count;
                rows.Add(new TableRow($"T{t}M{m}", top, 1));
                if (!threeLevels)
                {
                    leafValues[mid] = Parts(rng, width);
                    continue;
                }
                for (var l = 0; l < leaves; l++)
                {
                    leafValues[rows.Count] = Parts(rng, width);
                    rows.Add(new TableRow($"T{t}M{m}L{l}", mid, 2));
                }
            }
        }
        var values = new long[rows.Count * width];
        // Leaves first, then every ancestor adds its children column by column (children follow their parent).
        foreach (var (r, parts) in leafValues)
            parts.CopyTo(values, r * width);
        for (var r = rows.Count - 1; r >= 0; r--)
        {
            var p = rows[r].Parent;
            if (p < 0)
                continue;
            for (var c = 0; c < width; c++)
                values[p * width + c] += values[r * width + c];
        }
        return new LinkedTable(rows, width, [.. values.Select(v => (long?)v)]);
    }

    /// <summary>The table as text, "*" after suppressed values, for failure messages.</summary>
    public static string Describe(LinkedTable table, bool[] suppressed) => string.Join(" | ", Enumerable.Range(0, table.Rows.Count)
        .Select(r => $"{table.Rows[r].Code}: " + string.Join(",", Enumerable.Range(0, table.Width)
            .Select(c => $"{table.Values[table.Cell(r, c)]}{(suppressed[table.Cell(r, c)] ? "*" : "")}"))));

    public static LinkedTable WithMask(LinkedTable full, bool[] suppressed) =>
        new(full.Rows, full.Width, [.. Enumerable.Range(0, full.CellCount).Select(c => suppressed[c] ? null : full.Values[c])]);

    /// <summary>Unmasked 집계구 rows of one hour: 4 per 행정동 in three 행정동 of two 자치구, domestic (0-12 per stratum) and short-term foreigners.</summary>
    public static List<PopulationRow> OaRows(HourSlot slot, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<PopulationRow>();
        foreach (var dong in new[] { "11110530", "11110540", "11680640" })
        {
            for (var k = 1; k <= 4; k++)
            {
                var code = dong[..7] + k.ToString("000000", CultureInfo.InvariantCulture);
                var strata = Enumerable.Range(0, 28).Select(_ => PopValue.Of(Math.Round(rng.NextDouble() * 12, 2))).ToArray();
                rows.Add(new PopulationRow(slot, ZoneLevel.Oa, code, PopulationClass.Domestic, PopValue.Of(Math.Round(strata.Sum(s => s.Value), 2)))
                { ParentCode = dong, Strata = strata });
                var (cn, other) = (Math.Round(rng.NextDouble() * 6, 2), Math.Round(rng.NextDouble() * 6, 2));
                rows.Add(new PopulationRow(slot, ZoneLevel.Oa, code, PopulationClass.ShortTermForeign, PopValue.Of(Math.Round(cn + other, 2)))
                { ParentCode = dong, Chinese = PopValue.Of(cn), OtherForeign = PopValue.Of(other) });
            }
        }
        return rows;
    }

    /// <summary>A total and its parts: parts 0-12 persons, in whole hundredths.</summary>
    private static long[] Parts(Random rng, int width)
    {
        var parts = new long[width];
        for (var c = 1; c < width; c++)
            parts[c] = rng.Next(0, 1_200);
        parts[0] = width == 1 ? rng.Next(0, 2_000) : parts.Skip(1).Sum();
        return parts;
    }
}
