using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>
/// An import into days that held nothing rolls up from the cells in memory; into days that did, from the store. Both
/// must give the same 행정동, 자치구 and city figures.
/// </summary>
public class FreshRollupTests
{
    private static FixtureFile Oa(PopulationClass cls) =>
        OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == cls);

    private static async Task<double[]> DomesticAsync(TestStore store, ZoneLevel level, HourSlot slot) =>
        (await store.Read.GetLevelAsync(slot, level, new PopulationQuery(PopulationClass.Domestic))).Values;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task Rollup_FreshDayAndDayWithOtherClasses_GiveTheSameDomesticSums(StoreProvider provider)
    {
        var domestic = Oa(PopulationClass.Domestic);
        await using var fresh = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(fresh);
        await using var shared = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(shared);
        var foreign = Oa(PopulationClass.LongTermForeign);
        await shared.Imports.ImportFileAsync(shared.WriteFile(foreign.FileName, foreign.Bytes));

        await fresh.Imports.ImportFileAsync(fresh.WriteFile(domestic.FileName, domestic.Bytes));
        await shared.Imports.ImportFileAsync(shared.WriteFile(domestic.FileName, domestic.Bytes));

        foreach (var row in domestic.Expected.Take(3))
        {
            foreach (var level in (ZoneLevel[])[ZoneLevel.Dong, ZoneLevel.Gu, ZoneLevel.City])
            {
                var a = await DomesticAsync(fresh, level, row.Slot);
                var b = await DomesticAsync(shared, level, row.Slot);
                Assert.Equal(b, a);
                Assert.Contains(a, v => v > 0);
            }
        }
        var summary = await fresh.Read.GetSummaryAsync();
        Assert.True(summary.Mean > 0);
    }
}
