using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>A corrected file replaces what its days, level and class held, including the zones it no longer has.</summary>
public class ReimportTests
{
    private static readonly DateOnly s_date = DateOnly.ParseExact(OfficialFileFixtures.Date, "yyyyMMdd", CultureInfo.InvariantCulture);
    private static readonly PopulationQuery s_domestic = new(PopulationClass.Domestic);

    /// <summary>An official file of the fixture date, hours 0–2, for the given zones (indexes into the fixture zones).</summary>
    private static string Write(TestStore store, ZoneLevel level, PopulationClass cls, params int[] zoneIndexes)
    {
        var hasStrata = level != ZoneLevel.Gu && cls == PopulationClass.Domestic;
        var zones = OfficialFileFixtures.Zones(level);
        var rows = new List<string[]>();
        for (var hour = 0; hour < 3; hour++)
        {
            foreach (var z in zoneIndexes)
            {
                var (zone, parent) = zones[z];
                string[] codes = parent is null ? [zone] : [parent, zone];
                rows.Add([OfficialFileFixtures.Date, hour.ToString("00", CultureInfo.InvariantCulture), .. codes, .. OfficialFileFixtures.Cells(cls, hasStrata, hour, z)]);
            }
        }
        var bytes = OfficialFileFixtures.Encode(OfficialFileFixtures.Header(level, cls, hasStrata), rows, OfficialFileFixtures.Variants[0]);
        return store.WriteFile(OfficialFileFixtures.FileName(level, cls), bytes);
    }

    private static PopulationReadStore Cells(TestStore store) => store.Services.GetRequiredService<PopulationReadStore>();

    private static async Task<double> ValueAsync(TestStore store, ZoneLevel level, string code, int hour, PopulationQuery query)
    {
        var zones = await store.Read.GetZonesAsync(level);
        var snapshot = await store.Read.GetLevelAsync(new HourSlot(s_date, hour), level, query);
        return snapshot.Values[zones.ToList().FindIndex(z => z.Code == code)];
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task Reimport_OaFileWithFewerZones_ClearsTheDroppedDomesticPartAndRollsUpWhatRemains(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);
        await store.Imports.ImportFileAsync(Write(store, ZoneLevel.Oa, PopulationClass.LongTermForeign, 0, 1));
        await store.Imports.ImportFileAsync(Write(store, ZoneLevel.Oa, PopulationClass.Domestic, 0, 1));

        var report = await store.Imports.ImportFileAsync(Write(store, ZoneLevel.Oa, PopulationClass.Domestic, 0));

        Assert.Equal(1, report.Zones);
        for (var hour = 0; hour < 3; hour++)
        {
            var dropped = await Cells(store).ReadCellAsync("1123064010002", new HourSlot(s_date, hour));
            Assert.NotNull(dropped);
            Assert.Equal(CellSections.None, dropped.Has & (CellSections.DomesticTotal | CellSections.Strata));
            Assert.NotEqual(CellSections.None, dropped.Has & CellSections.Long); // the foreign part stays
            var kept = await ValueAsync(store, ZoneLevel.Oa, "1101053010001", hour, s_domestic);
            Assert.False(double.IsNaN(kept));
            Assert.Equal(kept, await ValueAsync(store, ZoneLevel.Dong, "11110530", hour, s_domestic), 6);
            Assert.True(double.IsNaN(await ValueAsync(store, ZoneLevel.Dong, "11680640", hour, s_domestic)));
            Assert.Equal(kept, await ValueAsync(store, ZoneLevel.Gu, "11110", hour, s_domestic), 6);
            Assert.True(double.IsNaN(await ValueAsync(store, ZoneLevel.Gu, "11680", hour, s_domestic)));
            Assert.Equal(kept, await ValueAsync(store, ZoneLevel.City, ZoneCodes.City, hour, s_domestic), 6);
            var longTerm = new PopulationQuery(PopulationClass.LongTermForeign);
            Assert.Equal(await ValueAsync(store, ZoneLevel.Oa, "1123064010002", hour, longTerm), await ValueAsync(store, ZoneLevel.Dong, "11680640", hour, longTerm), 6);
        }
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task Reimport_DongFileWithFewerZones_RemovesTheDroppedDongAndItsRollups(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);
        await store.Imports.ImportFileAsync(Write(store, ZoneLevel.Dong, PopulationClass.Domestic, 0, 1));
        Assert.NotNull(await Cells(store).ReadCellAsync("11680640", new HourSlot(s_date, 0)));

        await store.Imports.ImportFileAsync(Write(store, ZoneLevel.Dong, PopulationClass.Domestic, 0));

        for (var hour = 0; hour < 3; hour++)
        {
            Assert.Null(await Cells(store).ReadCellAsync("11680640", new HourSlot(s_date, hour)));
            Assert.Null(await Cells(store).ReadCellAsync("11680", new HourSlot(s_date, hour)));
            var kept = await ValueAsync(store, ZoneLevel.Dong, "11110530", hour, s_domestic);
            Assert.Equal(kept, await ValueAsync(store, ZoneLevel.Gu, "11110", hour, s_domestic), 6);
            Assert.Equal(kept, await ValueAsync(store, ZoneLevel.City, ZoneCodes.City, hour, s_domestic), 6);
        }
        var daily = await store.Read.GetDailyStatsAsync(ZoneLevel.Dong, s_date, s_date);
        Assert.DoesNotContain(daily, d => d.ZoneCode == "11680640");
    }
}
