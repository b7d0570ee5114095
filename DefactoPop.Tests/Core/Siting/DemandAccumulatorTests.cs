using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Siting;
using DefactoPop.Core.Storage;

namespace DefactoPop.Tests.Core.Siting;

public sealed class DemandAccumulatorTests
{
    private static readonly SitingZone[] s_zones = [SitingZone.Of("a", "A", null, 127.0, 37.5), SitingZone.Of("b", "B", null, 127.01, 37.5)];

    private static CellValues Cell(double seniors, double young, IntervalKind intervals = IntervalKind.None)
    {
        var cell = new CellValues { Has = CellSections.Strata | CellSections.DomesticTotal, Intervals = intervals };
        cell.Slots[CellValues.FirstStratum + Strata.Index(Sex.Male, AgeBand.A70Plus)] = seniors;
        cell.Slots[CellValues.FirstStratum + Strata.Index(Sex.Female, AgeBand.A20To24)] = young;
        if (intervals == IntervalKind.Parts)
        {
            cell.Parts[CellValues.FirstStratum + Strata.Index(Sex.Male, AgeBand.A70Plus)] = new IntervalParts(seniors, 0.1 * seniors);
        }
        return cell;
    }

    [Fact]
    public void ToSurface_TwoHours_IsTheMeanOfTheSelectedStrata()
    {
        var sum = new DemandAccumulator(2, new DemandSelection([DemandWindow.Weekdays(10, 16)], DemandSelection.Bands([AgeBand.A70Plus])));
        var monday = new DateOnly(2017, 11, 6);
        foreach (var (hour, seniors) in new[] { (10, 100.0), (11, 300.0) })
        {
            sum.BeginSlot(new HourSlot(monday, hour));
            sum.Add(0, Cell(seniors, 50), hour);
            sum.Add(1, Cell(seniors / 10, 50), hour);
        }

        var surface = sum.ToSurface(s_zones);

        Assert.Equal(200, surface.Value[0], 9);
        Assert.Equal(20, surface.Value[1], 9);
        Assert.False(surface.HasIntervals);
        Assert.Equal(300, sum.ByHour()[11][0], 9);
    }

    [Fact]
    public void ToSurface_MaskedStratum_CountsAsMidpointWithAnInterval()
    {
        var sum = new DemandAccumulator(2, new DemandSelection([DemandWindow.Weekdays(10, 16)], DemandSelection.Bands([AgeBand.A70Plus])));
        sum.BeginSlot(new HourSlot(new DateOnly(2017, 11, 6), 10));
        sum.Add(0, Cell(double.NaN, 50, IntervalKind.Parts), 10);
        sum.Add(1, Cell(400, 50, IntervalKind.Parts), 10);

        var surface = sum.ToSurface(s_zones);

        Assert.Equal(1.5, surface.Value[0], 9);
        Assert.True(surface.HasIntervals);
        Assert.InRange(surface.Lower![0], 0, 1.5);
        Assert.InRange(surface.Upper![0], 1.5, 4);
        Assert.True(surface.Lower[1] < 400 && surface.Upper![1] > 400);
    }
}
