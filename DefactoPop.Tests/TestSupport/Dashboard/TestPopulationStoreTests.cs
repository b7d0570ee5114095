using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.TestSupport.Dashboard;

public sealed class TestPopulationStoreTests
{
    private static TestPopulationStore Store => DashboardTestContext.SharedStore;

    [Fact]
    public async Task Zones_CountsCodesAndOrder_MatchTheContract()
    {
        var gu = await Store.GetZonesAsync(ZoneLevel.Gu);
        var dong = await Store.GetZonesAsync(ZoneLevel.Dong);
        var oa = await Store.GetZonesAsync(ZoneLevel.Oa);

        Assert.Equal(25, gu.Count);
        Assert.Equal(424, dong.Count);
        Assert.InRange(oa.Count, 2000, 5000);
        Assert.All(gu, z => Assert.True(ZoneCodes.IsGu(z.Code)));
        Assert.All(dong, z => Assert.True(ZoneCodes.IsDong(z.Code) && z.ParentCode == ZoneCodes.GuOfDong(z.Code)));
        Assert.All(oa, z => Assert.True(ZoneCodes.IsOa(z.Code)));
        foreach (var list in new[] { gu, dong, oa })
            Assert.Equal(list.Select(z => z.Code).Order(StringComparer.Ordinal), list.Select(z => z.Code));
    }

    [Theory]
    [InlineData(ZoneLevel.Gu)]
    [InlineData(ZoneLevel.Dong)]
    [InlineData(ZoneLevel.Oa)]
    public async Task Geometry_FeaturesFollowZoneOrder(ZoneLevel level)
    {
        var zones = await Store.GetZonesAsync(level);
        using var doc = JsonDocument.Parse((await Store.GetGeometryAsync(level))!);

        var codes = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToList();

        Assert.Equal(zones.Select(z => z.Code), codes);
    }

    [Fact]
    public async Task Level_Dong_SumsToCityAndHasMaskedCells()
    {
        var slot = new HourSlot(TestPopulationStore.FirstDay, 3);
        var dong = await Store.GetLevelAsync(slot, ZoneLevel.Dong, PopulationQuery.All);
        var city = await Store.GetLevelAsync(slot, ZoneLevel.City, PopulationQuery.All);

        Assert.Equal(city.Values[0], dong.Values.Where(double.IsFinite).Sum(), 3);
        Assert.Contains(true, dong.Masked);
        Assert.Contains(false, dong.Masked);
    }

    [Fact]
    public async Task Series_City_HasDayNightCycleAndHolidayDip()
    {
        var series = await Store.GetSeriesAsync(ZoneCodes.City, new HourSlot(TestPopulationStore.FirstDay, 0), new HourSlot(TestPopulationStore.LastDay, 23), PopulationQuery.All);
        double At(int day, int hour) => series[day * 24 + hour].Value!.Value;

        Assert.Equal(336, series.Count);
        Assert.True(At(1, 14) > At(1, 3));
        Assert.True(At(8, 14) < At(1, 14));
    }
}
