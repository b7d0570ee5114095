using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Data;

/// <summary>The read store on a store where only 자치구 figures were loaded: the register is unknown (null), and only Gu has data.</summary>
public sealed class NeverLoadedReadTests
{
    [SharedDataFact]
    public async Task DistrictFileOnly_RegisterNullAndFinestLevelGu()
    {
        await using var store = await TestStore.CreateAsync();
        foreach (var file in new[] { "boundaries/seoul_gu_2017.geojson", "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv" })
            await store.Imports.ImportFileAsync(SharedData.Real(file));

        var summary = await store.Read.GetSummaryAsync();

        Assert.Null(summary.Registered);
        Assert.All(summary.Districts, d => Assert.Null(d.Registered));
        Assert.NotNull(summary.Mean);
        Assert.Equal(ZoneLevel.Gu, await store.Read.GetFinestLevelAsync(new DateOnly(2024, 3, 6)));
        Assert.Null(await store.Read.GetFinestLevelAsync(new DateOnly(2024, 2, 19)));
    }
}
