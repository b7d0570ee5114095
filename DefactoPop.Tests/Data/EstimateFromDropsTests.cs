using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>estimate from drops into a real SQLite store: one transaction per day, idempotent, bad days refused alone.</summary>
public class EstimateFromDropsTests
{
    public static TheoryData<string> CaseNames() => [.. BadDropCase.All.Select(c => c.Name)];

    private static async Task<IReadOnlyList<EstimatedDay>> RunAsync(TestStore store, TinyDropCity city) =>
        await store.Services.GetRequiredService<DropEstimationService>().RunAsync(new EstimateRequest(city.DropsRoot, city.City));

    /// <summary>The stored cells of one day, every level, as one text (key and bytes).</summary>
    private static async Task<string> DayCellsAsync(TestStore store, DateOnly day)
    {
        await using var connection = await store.Database.OpenAsync();
        var parts = new List<string>();
        for (var h = 0; h < 24; h++)
        {
            foreach (var (key, data) in CellTable.ReadRange(connection, null, new HourSlot(day, h).Ordinal, CellKeys.AllIds))
                parts.Add(key + ":" + Convert.ToHexString(data));
        }
        return string.Join("\n", parts);
    }

    [Fact]
    public async Task Run_ThreeGoodDays_StoresEveryDayAndARerunChangesNothing()
    {
        using var city = new TinyDropCity();
        await using var store = await TestStore.CreateAsync();

        var days = await RunAsync(store, city);

        Assert.Equal(TinyDropCity.Days, days.Select(d => d.Date));
        Assert.All(days, d => Assert.True(d.Stored, string.Join("; ", d.Issues)));
        Assert.True(days[0].WarmUp);
        Assert.Equal(TinyDropCity.Days[..2], days[2].Nights);
        var before = await Task.WhenAll(TinyDropCity.Days.Select(d => DayCellsAsync(store, d)));
        Assert.All(before, Assert.NotEmpty);
        var oa = await store.Read.GetLevelAsync(new HourSlot(TinyDropCity.Days[1], 14), ZoneLevel.Oa, PopulationQuery.All);
        Assert.Equal(6, oa.Values.Count(v => v > 0));

        // A re-run replaces each day with the same cells (only the update time changes).
        await RunAsync(store, city);
        Assert.Equal(before, await Task.WhenAll(TinyDropCity.Days.Select(d => DayCellsAsync(store, d))));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Run_BadDay_RefusedWithItsPositionStoreUnchangedForItOtherDaysLoaded(string name)
    {
        var bad = BadDropCase.All.Single(c => c.Name == name);
        using var city = new TinyDropCity();
        await using var store = await TestStore.CreateAsync();
        await RunAsync(store, city);
        var stored = await DayCellsAsync(store, DropFixture.Day);

        bad.Break(city.Drops.DayFolder(DropFixture.Day));
        var days = await RunAsync(store, city);

        var refused = days.Single(d => d.Date == DropFixture.Day);
        Assert.False(refused.Stored);
        Assert.Contains(refused.Issues, i => i.File == bad.File && i.Line == bad.Line && i.Column == bad.Column && i.Reason.Contains(bad.Fragment, StringComparison.Ordinal));
        Assert.Equal(stored, await DayCellsAsync(store, DropFixture.Day));
        Assert.All(days.Where(d => d.Date != DropFixture.Day), d => Assert.True(d.Stored));
        // The later day no longer calibrates on the refused night.
        Assert.DoesNotContain(DropFixture.Day, days[^1].Nights);
    }

    [Fact]
    public async Task Run_BadDayOnAnEmptyStore_StoresNothingOfThatDay()
    {
        using var city = new TinyDropCity();
        await using var store = await TestStore.CreateAsync();
        BadDropCase.All[0].Break(city.Drops.DayFolder(DropFixture.Day));

        var days = await RunAsync(store, city);

        Assert.Equal([true, false, true], days.Select(d => d.Stored));
        Assert.Empty(await DayCellsAsync(store, DropFixture.Day));
        Assert.NotEmpty(await DayCellsAsync(store, TinyDropCity.Days[2]));
    }
}
