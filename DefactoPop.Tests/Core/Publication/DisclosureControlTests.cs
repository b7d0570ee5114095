using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;

namespace DefactoPop.Tests.Core.Publication;

public class DisclosureControlTests
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 12, 20), 4);

    [Fact]
    public void Apply_CellsAtOrBelowThreshold_AreMasked()
    {
        var strata = Enumerable.Range(0, 28).Select(i => 10.0 + i).ToArray();
        strata[3] = 3;
        strata[4] = 0;
        strata[5] = 3.0001;
        var row = Domestic(500, strata);

        var result = DisclosureControl.Apply(row, new DisclosureOptions());

        Assert.True(result.Strata![3].IsMasked);
        Assert.True(result.Strata[4].IsMasked);
        Assert.False(result.Strata[5].IsMasked);
        Assert.Equal(3.0001, result.Strata[5].Value);
        Assert.Equal(500, result.Total.Value);
    }

    [Fact]
    public void Apply_CustomThreshold_IsRespected()
    {
        var strata = Enumerable.Range(0, 28).Select(i => 4.5 + i).ToArray();
        var loose = DisclosureControl.Apply(Domestic(900, strata), new DisclosureOptions(3));
        var strict = DisclosureControl.Apply(Domestic(900, strata), new DisclosureOptions(5));
        Assert.DoesNotContain(loose.Strata!, v => v.IsMasked);
        Assert.True(strict.Strata![0].IsMasked);
    }

    [Fact]
    public void Apply_OneSmallStratum_AlsoMasksSmallestOtherCell()
    {
        var strata = Enumerable.Range(0, 28).Select(i => 100.0 + i).ToArray();
        strata[7] = 2;
        strata[20] = 50; // smallest of the rest
        var result = DisclosureControl.Apply(Domestic(3000, strata), new DisclosureOptions());

        Assert.Equal([7, 20], Enumerable.Range(0, 28).Where(i => result.Strata![i].IsMasked));
        Assert.False(result.Total.IsMasked);
    }

    [Fact]
    public void Apply_AlreadyMaskedSingleCell_GetsSecondarySuppression()
    {
        var strata = Enumerable.Range(0, 28).Select(i => PopValue.Of(40.0 + i)).ToArray();
        strata[0] = PopValue.Masked;
        var row = new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(2000)) { Strata = strata };
        var result = DisclosureControl.Apply(row, new DisclosureOptions());
        Assert.Equal([0, 1], Enumerable.Range(0, 28).Where(i => result.Strata![i].IsMasked));
    }

    [Fact]
    public void Apply_SmallTotal_MasksTotalAndNeedsNoSecondary()
    {
        var strata = new double[28];
        strata[0] = 2;
        var result = DisclosureControl.Apply(Domestic(2, strata), new DisclosureOptions());
        Assert.True(result.Total.IsMasked);
        Assert.All(result.Strata!, v => Assert.True(v.IsMasked));
    }

    [Fact]
    public void Apply_ForeignRowWithOneSmallNationality_MasksBoth()
    {
        var row = new PopulationRow(s_slot, ZoneLevel.Dong, "11110530", PopulationClass.ShortTermForeign, PopValue.Of(52.5))
        {
            Chinese = PopValue.Of(2.5),
            OtherForeign = PopValue.Of(50),
        };
        var result = DisclosureControl.Apply(row, new DisclosureOptions());
        Assert.True(result.Chinese!.Value.IsMasked);
        Assert.True(result.OtherForeign!.Value.IsMasked);
        Assert.Equal(52.5, result.Total.Value);
    }

    [Fact]
    public void Apply_NothingSmall_ReturnsSameInstance()
    {
        var row = Domestic(1000, Enumerable.Range(0, 28).Select(i => 20.0 + i).ToArray());
        Assert.Same(row, DisclosureControl.Apply(row, new DisclosureOptions()));
    }

    [Fact]
    public void Apply_RandomRows_IdempotentAndNoSingleCellDifferencing()
    {
        var rnd = new Random(42);
        var options = new DisclosureOptions();
        var protectedSome = 0;
        for (var n = 0; n < 2000; n++)
        {
            var strata = Enumerable.Range(0, 28).Select(_ => rnd.NextDouble() < 0.15 ? rnd.NextDouble() * 4 : rnd.NextDouble() * 80).ToArray();
            var total = rnd.NextDouble() < 0.05 ? rnd.NextDouble() * 3 : strata.Sum();
            var domestic = Domestic(total, strata);
            var foreign = new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.LongTermForeign, PopValue.Of(total))
            {
                ParentCode = "11110530",
                Chinese = PopValue.Of(strata[0]),
                OtherForeign = PopValue.Of(strata[1]),
            };
            foreach (var row in new[] { domestic, foreign })
            {
                var once = DisclosureControl.Apply(row, options);
                var twice = DisclosureControl.Apply(once, options);
                Assert.Same(once, twice);
                Assert.False(DisclosureControl.IsDifferencingPossible(once));
                AssertNoCellRecoverable(once);
                AssertNoSmallCellPublished(once, options.Threshold);
                if (!ReferenceEquals(once, row))
                    protectedSome++;
            }
        }
        Assert.True(protectedSome > 100);
    }

    [Fact]
    public void IsDifferencingPossible_SingleMaskedStratumUnderPublishedTotal_IsTrue()
    {
        var strata = Enumerable.Range(0, 28).Select(i => PopValue.Of(40.0 + i)).ToArray();
        strata[5] = PopValue.Masked;
        var row = new PopulationRow(s_slot, ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(2000)) { Strata = strata };
        Assert.True(DisclosureControl.IsDifferencingPossible(row));
    }

    /// <summary>Brute force: each masked cell alone must not be total minus all published cells of its group.</summary>
    private static void AssertNoCellRecoverable(PopulationRow row)
    {
        if (row.Total.IsMasked)
            return;
        if (row.Strata is { } strata)
            Assert.NotEqual(1, strata.Count(v => v.IsMasked));
        if (row.Chinese is { } c && row.OtherForeign is { } o)
            Assert.Equal(c.IsMasked, o.IsMasked);
    }

    private static void AssertNoSmallCellPublished(PopulationRow row, double threshold)
    {
        IEnumerable<PopValue> cells = [row.Total, .. row.Strata ?? [], .. row.Chinese is { } c ? [c] : Array.Empty<PopValue>(), .. row.OtherForeign is { } o ? [o] : Array.Empty<PopValue>()];
        Assert.DoesNotContain(cells, v => v.HasValue && v.Value <= threshold);
    }

    private static PopulationRow Domestic(double total, double[] strata) =>
        new(s_slot, ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(total))
        {
            Strata = [.. strata.Select(PopValue.Of)],
        };
}
