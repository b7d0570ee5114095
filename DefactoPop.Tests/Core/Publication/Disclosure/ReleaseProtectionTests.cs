using CsCheck;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;

namespace DefactoPop.Tests.Core.Publication.Disclosure;

public sealed class ReleaseProtectionTests
{
    [Fact]
    public void Protect_RandomHierarchies_AttackerFindsNoRecoverableCell()
    {
        TableCases.Hierarchy.Sample(full =>
        {
            var suppressed = ReleaseProtection.Protect(full, 300);
            var published = TableCases.WithMask(full, suppressed);
            Assert.All(Enumerable.Range(0, full.CellCount), c => Assert.True(full.Values[c] > 300 || suppressed[c]));
            Assert.All(SuppressionAttacker.Attack(published, 600), iv => Assert.True(iv.Protects(300),
                $"{TableCases.Describe(full, suppressed)} cell {iv.Cell} = {full.Values[iv.Cell]}: [{iv.Lower}, {iv.Upper}]"));
        }, iter: 400);
    }

    [Fact]
    public void Protect_OldCounterexample_MasksEnoughThatTheDongNoLongerGivesItAway()
    {
        var full = TableCases.Build(1, 1, 2, 4, threeLevels: true, seed: 7);
        var values = full.Values.Select(v => v!.Value).ToArray();
        var suppressed = ReleaseProtection.Protect(full, 300);

        var audit = SuppressionAttacker.Attack(TableCases.WithMask(full, suppressed), 600);

        Assert.All(audit, iv => Assert.True(iv.Protects(300), $"cell {iv.Cell} ({values[iv.Cell]}): [{iv.Lower}, {iv.Upper}]"));
    }

    [Fact]
    public void Protect_NoSmallCell_NothingSuppressed()
    {
        var rows = new[] { new TableRow("A", -1, 0), new TableRow("B", 0, 1), new TableRow("C", 0, 1) };
        long?[] values = [2000, 1000, 1000, 1000, 500, 500, 1000, 500, 500];
        Assert.DoesNotContain(true, ReleaseProtection.Protect(new LinkedTable(rows, 3, values), 300));
    }

    [Fact]
    public void Protect_SinglePrimaryInARow_HidesItAmongAtLeastOneOtherCell()
    {
        var rows = new[] { new TableRow("A", -1, 0) };
        long?[] values = [2100, 100, 1000, 1000];
        var suppressed = ReleaseProtection.Protect(new LinkedTable(rows, 4, values), 300);
        Assert.True(suppressed[1]);
        Assert.True(suppressed.Count(s => s) >= 2);
    }

    [Fact]
    public void ReleaseDisclosure_DomesticAndForeignRows_PublishedRowsPassTheAudit()
    {
        var rows = TableCases.OaRows(new HourSlot(new DateOnly(2017, 12, 20), 3), seed: 5);

        var published = ReleaseDisclosure.Protect(rows,
            c => c == PopulationClass.Domestic ? ZoneLevels.Published : [ZoneLevel.Gu, ZoneLevel.Dong], DisclosureOptions.Seoul);
        var audit = ReleaseDisclosure.Audit(published, DisclosureOptions.Seoul);

        Assert.Equal(12 + 3 + 2 + 3 + 2, published.Count);
        Assert.True(audit.CellsChecked > 0);
        Assert.True(audit.Passed, string.Join("; ", audit.Violations.Take(5)));
        Assert.All(published.Where(r => r.Class == PopulationClass.Domestic && r.Level == ZoneLevel.Oa), r =>
            Assert.All(r.Strata!, v => Assert.True(v.IsMasked || v.Value > 3)));
    }
}
