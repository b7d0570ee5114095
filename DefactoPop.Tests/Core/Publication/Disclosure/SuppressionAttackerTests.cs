using CsCheck;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;

namespace DefactoPop.Tests.Core.Publication.Disclosure;

public sealed class SuppressionAttackerTests
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 12, 20), 14);

    [Fact]
    public void Attack_OldRowByRowMask_RecoversTheOaCellFromTheDongRow()
    {
        // OA A male 0-9 = 2.00 (masked), OA B = 15.00, dong = 17.00: A = 17 − 15.
        var a = Domestic("1101053010001", "11110530", 2, 20);
        var b = Domestic("1101053010002", "11110530", 15, 20);
        var dong = Domestic("11110530", null, 17, 40, ZoneLevel.Dong);
        var published = new[] { a, b, dong }.Select(r => DisclosureControl.Apply(r, DisclosureOptions.Seoul)).ToList();
        Assert.True(published[0].Strata![0].IsMasked);

        var audit = ReleaseDisclosure.Audit(published, DisclosureOptions.Seoul);

        var found = Assert.Single(audit.Violations, v => v.Code == a.ZoneCode && v.Column == 1);
        Assert.Equal(2, found.Lower, 6);
        Assert.Equal(2, found.Upper, 6);
        Assert.False(audit.Passed);
    }

    [Fact]
    public void Attack_OldRowByRowMaskWithItsRuleKnown_PinsBothCloseCells()
    {
        // Strata [3, 4, 4, 10 …]: the old rule masks 3 and the first 4. Whoever knows that a secondary cell is at most
        // the smallest published one (4) and a primary at most 3 gets x + y = 7 with both ≤ 4: each in [3, 4].
        var strata = new double[28];
        Array.Fill(strata, 10);
        (strata[0], strata[1], strata[2]) = (3, 4, 4);
        var row = DisclosureControl.Apply(Row("1101053010001", null, ZoneLevel.Oa, strata), DisclosureOptions.Seoul);
        Assert.True(row.Strata![0].IsMasked && row.Strata[1].IsMasked && !row.Strata[2].IsMasked);
        var table = ReleaseTable.FromPublished([row]).Single().Table;

        var blind = SuppressionAttacker.Attack(table, 10_000);
        var informed = SuppressionAttacker.Attack(table, 10_000, OldRuleBounds(table, 300));

        Assert.All(blind, iv => Assert.Equal((0, 700), (iv.Lower, iv.Upper)));
        Assert.Equal([(300L, 400L), (300L, 400L)], informed.OrderBy(iv => iv.Cell).Select(iv => (iv.Lower, iv.Upper)));
        Assert.All(informed, iv => Assert.False(iv.Protects(300)));
    }

    [Fact]
    public void Attack_NoSuppressedCell_ChecksNothing()
    {
        var audit = ReleaseDisclosure.Audit([Domestic("1101053010001", "11110530", 20, 20)], DisclosureOptions.Seoul);
        Assert.Equal(0, audit.CellsChecked);
        Assert.Null(audit.Narrowest);
        Assert.True(audit.Passed);
    }

    [Fact]
    public void Attack_PublishedCellsThatDoNotAddUp_IsRefusedAsInconsistent()
    {
        var a = Domestic("1101053010001", "11110530", 2, 20) with { Total = PopValue.Of(5) };
        var masked = a with { Strata = [PopValue.Masked, .. a.Strata!.Skip(1)] };
        Assert.Throws<InconsistentReleaseException>(() => ReleaseDisclosure.Audit([masked], DisclosureOptions.Seoul));
    }

    [Fact]
    public void Network_RandomTablesAndMasks_SameBoundsAsGlop()
    {
        TableCases.Masked.Sample(t =>
        {
            var (_, masked, suppressed) = t;
            foreach (var component in SuppressionAttacker.Components(masked, suppressed))
            {
                var lp = LpBounds.Solve(masked, component, suppressed);
                var flow = SuppressionAttacker.Attack(masked, suppressed, null, 1_000_000, [component]);
                for (var i = 0; i < component.Cells.Length; i++)
                {
                    var iv = flow.Single(f => f.Cell == component.Cells[i]);
                    if (iv.Lower != lp[i].Lower)
                        return false;
                    if (iv.Open ? lp[i].Upper < iv.Upper : iv.Upper != lp[i].Upper)
                        return false;
                }
            }
            return true;
        }, iter: 300);
    }

    [Fact]
    public void Attack_RandomMasks_IntervalsHoldTheTrueValue()
    {
        TableCases.Masked.Sample(t =>
        {
            var (full, masked, _) = t;
            return SuppressionAttacker.Attack(masked, 1_000_000)
                .All(iv => iv.Lower <= full.Values[iv.Cell] && (iv.Open || full.Values[iv.Cell] <= iv.Upper));
        }, iter: 300);
    }

    /// <summary>What the old rule tells about a masked part: at most the threshold, or at most the row's smallest published part.</summary>
    private static long[] OldRuleBounds(LinkedTable table, long threshold)
    {
        var upper = new long[table.CellCount];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var smallest = Enumerable.Range(1, table.Width - 1).Select(c => table.Values[table.Cell(r, c)]).Where(v => v is not null).Min() ?? long.MaxValue;
            for (var c = 0; c < table.Width; c++)
                upper[table.Cell(r, c)] = c == 0 ? long.MaxValue : Math.Max(threshold, smallest);
        }
        return upper;
    }

    private static PopulationRow Domestic(string code, string? parent, double first, double rest, ZoneLevel level = ZoneLevel.Oa)
    {
        var strata = Enumerable.Repeat(rest, 28).ToArray();
        strata[0] = first;
        return Row(code, parent, level, strata);
    }

    private static PopulationRow Row(string code, string? parent, ZoneLevel level, double[] strata) =>
        new(s_slot, level, code, PopulationClass.Domestic, PopValue.Of(strata.Sum()))
        {
            ParentCode = parent,
            Strata = [.. strata.Select(PopValue.Of)],
        };
}
