using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Storage;

namespace DefactoPop.Tests.Core.Storage;

/// <summary>The "보정됨" marker of cells imputed for a cell outage: an optional byte after the intervals.</summary>
public class CellImputedTests
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 1), 14);

    private static CellValues Estimated(bool imputed, bool derived = false)
    {
        var cell = new CellValues();
        cell.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(280))
        {
            Strata = [.. Enumerable.Repeat(PopValue.Of(10), 28)],
        });
        if (derived)
        {
            cell.Derived = true;
            cell.Intervals = IntervalKind.Parts;
            cell.Parts[CellValues.AllClasses] = new IntervalParts(400, 12, 7);
        }
        else
        {
            cell.SetSpread(new OaSpread(6.5, 0.01, 0.015, 0.045));
        }
        cell.Imputed = imputed;
        return cell;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Encode_Imputed_RoundTripsForSpreadAndParts(bool derived)
    {
        foreach (var imputed in (bool[])[false, true])
        {
            var back = new CellValues();
            CellCodec.Decode(CellCodec.Encode(Estimated(imputed, derived)), back);
            Assert.Equal(imputed, back.Imputed);
            Assert.Equal(280, back.Slots[CellValues.DomesticTotal]);
            if (derived)
                Assert.Equal(new IntervalParts(400, 12, 7), back.Parts[CellValues.AllClasses]);
            else
                Assert.Equal(0.045, back.Spread.CommonCv, 4);
        }
    }

    [Fact]
    public void Encode_NotImputed_CostsNoByte()
    {
        Assert.Equal(CellCodec.Encode(Estimated(false)).Length + 1, CellCodec.Encode(Estimated(true)).Length);
    }

    [Fact]
    public void Merge_OfficialUpdate_ClearsTheMarker()
    {
        var target = Estimated(true);
        var official = new CellValues();
        official.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(300)));
        CellCodec.MergeInto(target, official);
        Assert.False(target.Imputed);
        Assert.Equal(IntervalKind.None, target.Intervals);
    }
}
