using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>The simulated 2017 SQLite store the dashboard tests run on holds what a user's simulate run writes.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017StoreTests(Sqlite2017StoreFixture fixture)
{
    [Fact]
    public async Task Coverage_SimulatedWindow_EveryHourOfEveryDay()
    {
        var coverage = await fixture.Store.Read.GetCoverageAsync();

        Assert.Equal(new HourSlot(Sqlite2017StoreFixture.From, 0), coverage.First);
        Assert.Equal(new HourSlot(Sqlite2017StoreFixture.To, 23), coverage.Last);
        Assert.Equal(13, coverage.Days);
        Assert.Equal(13 * 24, coverage.Hours);
        Assert.Empty(coverage.MissingDays);
        Assert.Equal("synthetic", coverage.Source);
    }

    [Fact]
    public async Task Levels_TestCity_AllThreeLevelsAndTheRegisterStored()
    {
        var read = fixture.Store.Read;
        var slot = new HourSlot(new DateOnly(2017, 10, 4), 14);

        foreach (var level in new[] { ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa })
        {
            var zones = await read.GetZonesAsync(level);
            var snap = await read.GetLevelAsync(slot, level, PopulationQuery.All);
            Assert.NotEmpty(zones);
            Assert.All(snap.Values, v => Assert.True(double.IsFinite(v) && v >= 0, $"{level}: {v}"));
            // The city's register is whole persons: a 집계구 without residents (offices, parks) registers 0, never less.
            var registered = await read.GetRegisteredAsync(level);
            Assert.All(registered, r => Assert.True(r >= 0));
            Assert.True(registered.Count(r => r > 0) > 0.9 * registered.Length);
        }
    }

    [Fact]
    public async Task CitySeries_ChuseokDay_BelowAnOrdinaryWeekday()
    {
        var read = fixture.Store.Read;

        var weekday = await DailyMeanAsync(read, new DateOnly(2017, 9, 27));
        var chuseok = await DailyMeanAsync(read, new DateOnly(2017, 10, 4));

        Assert.True(chuseok < weekday * 0.97, $"추석 {chuseok:N0} vs weekday {weekday:N0}");
    }

    [Theory]
    [InlineData(ZoneLevel.Oa, ZoneLevel.Oa)]
    [InlineData(ZoneLevel.Dong, ZoneLevel.Dong)]
    [InlineData(ZoneLevel.Gu, ZoneLevel.Gu)]
    public async Task FinestLevel_SimulatedDay_AsFineAsAsked(ZoneLevel finest, ZoneLevel expected) =>
        Assert.Equal(expected, await fixture.Store.Read.GetFinestLevelAsync(new DateOnly(2017, 10, 4), finest));

    [Fact]
    public async Task FinestLevel_DayOutsideTheWindow_Null() =>
        Assert.Null(await fixture.Store.Read.GetFinestLevelAsync(new DateOnly(2017, 10, 8)));

    private static async Task<double> DailyMeanAsync(IPopulationReadStore read, DateOnly day)
    {
        var series = await read.GetSeriesAsync(ZoneCodes.City, new HourSlot(day, 0), new HourSlot(day, 23), PopulationQuery.All);
        return series.Average(p => p.Value!.Value);
    }
}
