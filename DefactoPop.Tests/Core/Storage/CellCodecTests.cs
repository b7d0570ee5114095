using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;

namespace DefactoPop.Tests.Core.Storage;

public class CellCodecTests
{
    private static CellValues Domestic(double total, params double[] strata)
    {
        var cell = new CellValues();
        var values = Enumerable.Range(0, 28).Select(i => i < strata.Length ? (double.IsNaN(strata[i]) ? PopValue.Masked : PopValue.Of(strata[i])) : PopValue.Of(1)).ToArray();
        cell.Set(new PopulationRow(new HourSlot(new DateOnly(2017, 10, 1), 0), ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(total)) { Strata = values });
        return cell;
    }

    [Fact]
    public void Encode_CoarseValues_RoundTripsExactly()
    {
        var cell = Domestic(512.25, 10.5, double.NaN, 0, 3.01);
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(cell), back);
        Assert.Equal(512.25, back.Slots[CellValues.DomesticTotal]);
        Assert.Equal(10.5, back.Slots[CellValues.FirstStratum]);
        Assert.True(double.IsNaN(back.Slots[CellValues.FirstStratum + 1]));
        Assert.Equal(0, back.Slots[CellValues.FirstStratum + 2]);
        Assert.Equal(3.01, back.Slots[CellValues.FirstStratum + 3]);
        Assert.Equal(CellSections.DomesticTotal | CellSections.Strata, back.Has);
    }

    [Fact]
    public void Encode_FourDecimals_KeepsThem()
    {
        var cell = Domestic(204218.2552, 16.4101);
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(cell), back);
        Assert.Equal(204218.2552, back.Slots[CellValues.DomesticTotal], 9);
        Assert.Equal(16.4101, back.Slots[CellValues.FirstStratum], 9);
    }

    [Fact]
    public void Encode_TypicalZoneHour_IsSmall()
    {
        var cell = Domestic(523.17, Enumerable.Range(0, 28).Select(i => 5 + i * 1.37).ToArray());
        Assert.True(CellCodec.Encode(cell).Length <= 70, "a 집계구-hour with 28 strata should fit in 70 bytes");
    }

    [Fact]
    public void Merge_ForeignSection_KeepsDomestic()
    {
        var domestic = CellCodec.Encode(Domestic(100, 7));
        var foreign = new CellValues();
        foreign.Set(new PopulationRow(new HourSlot(new DateOnly(2017, 10, 1), 0), ZoneLevel.Oa, "x", PopulationClass.ShortTermForeign, PopValue.Of(12))
        { Chinese = PopValue.Of(8), OtherForeign = PopValue.Masked });
        var merged = new CellValues();
        CellCodec.Decode(CellCodec.Merge(domestic, CellCodec.Encode(foreign)), merged);
        Assert.Equal(100, merged.Slots[CellValues.DomesticTotal]);
        Assert.Equal(12, merged.Slots[CellValues.ShortTotal]);
        Assert.True(double.IsNaN(merged.Slots[CellValues.ShortOther]));
        Assert.Equal(CellSections.DomesticTotal | CellSections.Strata | CellSections.Short, merged.Has);
    }

    [Fact]
    public void Evaluate_MaskedStratum_FlagsLowerBound()
    {
        var cell = Domestic(100, 10, double.NaN);
        var v = CellQuery.Evaluate(cell, new PopulationQuery(PopulationClass.Domestic, Sex.Male), out var masked);
        Assert.True(masked);
        Assert.Equal(10 + 12 * 1, v);
        var total = CellQuery.Evaluate(cell, PopulationQuery.All, out var totalMasked);
        Assert.False(totalMasked);
        Assert.Equal(100, total);
    }

    [Fact]
    public void Encode_NegativeValue_Throws()
    {
        var cell = new CellValues { Has = CellSections.DomesticTotal };
        cell.Slots[0] = -1;
        Assert.Throws<ArgumentOutOfRangeException>(() => CellCodec.Encode(cell));
    }
}

public class CellCodecLargeValueTests
{
    [Fact]
    public void Encode_CitySumWithFourDecimals_KeepsFourDecimals()
    {
        var cell = new CellValues { Has = CellSections.DomesticTotal };
        cell.Slots[CellValues.DomesticTotal] = 11241913.4024;
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(cell), back);
        Assert.Equal(11241913.4024, back.Slots[CellValues.DomesticTotal], 6);
    }
}
