using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Storage;

namespace DefactoPop.Tests.Core.Storage;

public class CellIntervalTests
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 1), 14);

    private static CellValues Oa(double each)
    {
        var cell = new CellValues();
        cell.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(28 * each))
        {
            Strata = [.. Enumerable.Repeat(PopValue.Of(each), 28)],
        });
        return cell;
    }

    [Fact]
    public void Encode_Spread_RoundTripsToTheStoredPrecision()
    {
        var cell = Oa(10);
        cell.SetSpread(new OaSpread(6.5, 0.12 * 0.12, 0.015));
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(cell), back);
        Assert.Equal(IntervalKind.Spread, back.Intervals);
        Assert.Equal(6.5, back.Spread.PerPerson, 2);
        Assert.Equal(0.015, back.Spread.SharedCv, 4);
        Assert.Equal(0.12, Math.Sqrt(back.Spread.RelativeVariance), 3);
        Assert.Equal(280, back.Slots[CellValues.DomesticTotal]);
    }

    [Fact]
    public void Encode_CityWidePart_RoundTripsForSpreadAndParts()
    {
        var spread = Oa(10);
        spread.SetSpread(new OaSpread(6.5, 0.01, 0.015, 0.045));
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(spread), back);
        Assert.Equal(0.045, back.Spread.CommonCv, 4);

        var derived = Oa(10);
        derived.Derived = true;
        derived.Intervals = IntervalKind.Parts;
        derived.Parts[CellValues.AllClasses] = new IntervalParts(400, 12, 7);
        var parts = new CellValues();
        CellCodec.Decode(CellCodec.Encode(derived), parts);
        Assert.Equal(new IntervalParts(400, 12, 7), parts.Parts[CellValues.AllClasses]);
    }

    [Fact]
    public void Decode_BlobWithoutTheCityWidePart_ReadsItAsZero()
    {
        // A store written before the city-wide part existed ends after the shared part.
        var cell = Oa(10);
        cell.SetSpread(new OaSpread(6.5, 0.01, 0.015));
        var blob = CellCodec.Encode(cell);
        // Its last byte is the city-wide part (0, one byte); the old format had none.
        var old = blob[..^1];
        var back = new CellValues();
        CellCodec.Decode(old, back);
        Assert.Equal(0.015, back.Spread.SharedCv, 4);
        Assert.Equal(0, back.Spread.CommonCv);
    }

    [Fact]
    public void Encode_Parts_RoundTripsPerSlotAndAllClasses()
    {
        var cell = Oa(10);
        cell.Derived = true;
        cell.Intervals = IntervalKind.Parts;
        cell.Parts[CellValues.FirstStratum + 3] = new IntervalParts(25, 1.5);
        cell.Parts[CellValues.AllClasses] = new IntervalParts(400, 12);
        var back = new CellValues();
        CellCodec.Decode(CellCodec.Encode(cell), back);
        Assert.Equal(IntervalKind.Parts, back.Intervals);
        Assert.Equal(25, back.Parts[CellValues.FirstStratum + 3].Independent, 6);
        Assert.Equal(2, back.Parts[CellValues.FirstStratum + 3].Shared, 6);
        Assert.Equal(new IntervalParts(400, 12), back.Parts[CellValues.AllClasses]);
    }

    [Fact]
    public void Merge_OfficialUpdate_DropsTheEstimatedIntervals()
    {
        var estimated = Oa(10);
        estimated.SetSpread(new OaSpread(6, 0.01, 0.02));
        var merged = CellCodec.Merge(CellCodec.Encode(estimated), CellCodec.Encode(Oa(11)));
        var back = new CellValues();
        CellCodec.Decode(merged, back);
        Assert.Equal(IntervalKind.None, back.Intervals);
        Assert.Null(CellQuery.Interval(back, PopulationQuery.All));
    }

    [Fact]
    public void Interval_Spread_BracketsTheFigureAndScalesWithTheQuery()
    {
        var cell = Oa(10);
        cell.SetSpread(new OaSpread(6, 0.01, 0.02));
        var (lo, hi) = CellQuery.Interval(cell, PopulationQuery.All)!.Value;
        Assert.InRange(280, lo, hi);
        var expected = new IntervalParts(6 * 280 + 0.01 * 280 * 280, 0.02 * 280).Bounds(280);
        Assert.Equal(expected.Lower, lo, 6);
        Assert.Equal(expected.Upper, hi, 6);
        var (sLo, sHi) = CellQuery.Interval(cell, new PopulationQuery(PopulationClass.Domestic, Sex.Female))!.Value;
        Assert.InRange(140, sLo, sHi);
        Assert.True(sHi - sLo < hi - lo);
    }
}
