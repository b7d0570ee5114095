using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>The simulated store carries a 90 % interval for the total at every level and for strata at 행정동 and above.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017IntervalTests(Sqlite2017StoreFixture fixture)
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 4), 14);

    [Theory]
    [InlineData(ZoneLevel.City)]
    [InlineData(ZoneLevel.Gu)]
    [InlineData(ZoneLevel.Dong)]
    [InlineData(ZoneLevel.Oa)]
    public async Task Level_EveryZone_HasAnIntervalAroundItsFigure(ZoneLevel level)
    {
        var snap = await fixture.Store.InternalRead.GetLevelAsync(s_slot, level, PopulationQuery.All);
        Assert.NotNull(snap.Lower);
        Assert.NotNull(snap.Upper);
        for (var i = 0; i < snap.Values.Length; i++)
        {
            Assert.InRange(snap.Values[i], snap.Lower[i], snap.Upper[i]);
            Assert.True(snap.Upper[i] > snap.Lower[i], $"{level} zone {i}: empty interval");
        }
    }

    [Fact]
    public async Task Dong_Stratum_HasItsOwnInterval()
    {
        var query = new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A30To34);
        var stratum = await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Dong, query);
        var total = await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Dong, PopulationQuery.All);
        Assert.NotNull(stratum.Lower);
        for (var i = 0; i < stratum.Values.Length; i++)
        {
            Assert.InRange(stratum.Values[i], stratum.Lower[i], stratum.Upper![i]);
            Assert.True(stratum.Upper[i] - stratum.Lower[i] < total.Upper![i] - total.Lower![i]);
        }
    }

    [Fact]
    public async Task City_Interval_IsNotTheSumOfOaBounds()
    {
        var read = fixture.Store.InternalRead;
        var city = await read.GetLevelAsync(s_slot, ZoneLevel.City, PopulationQuery.All);
        var oa = await read.GetLevelAsync(s_slot, ZoneLevel.Oa, PopulationQuery.All);
        var gu = await read.GetLevelAsync(s_slot, ZoneLevel.Gu, PopulationQuery.All);
        var width = city.Upper![0] - city.Lower![0];
        var naive = oa.Upper!.Sum() - oa.Lower!.Sum();
        // Independent errors cancel; the city-wide level error (census against the published rates) does not, and on
        // this small city it is wide, so the city is narrower than the summed bounds but not by much.
        Assert.True(width < 0.95 * naive, $"city width {width:0} vs summed OA bounds {naive:0}");
        // Districts' shared errors are independent of each other: the city is narrower than the summed district widths too.
        Assert.True(width < gu.Upper!.Sum() - gu.Lower!.Sum());
        Assert.InRange(oa.Values.Sum(), city.Values[0] * 0.999, city.Values[0] * 1.001);
    }

    [Fact]
    public async Task Series_City_CarriesBoundsEveryHour()
    {
        var series = await fixture.Store.InternalRead.GetSeriesAsync(ZoneCodes.City, new HourSlot(s_slot.Date, 0), new HourSlot(s_slot.Date, 23), PopulationQuery.All);
        Assert.Equal(24, series.Count);
        Assert.All(series, p => Assert.InRange(p.Value!.Value, p.Lower!.Value, p.Upper!.Value));
    }
}
