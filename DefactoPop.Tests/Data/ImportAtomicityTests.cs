using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

public class ImportAtomicityTests
{
    [Fact]
    public void BadInputCorpus_HasAtLeast25Files() => Assert.True(BadInputCorpus.Cases.Count() >= 25);

    [Theory]
    [MemberData(nameof(BadInputCorpus.Names), MemberType = typeof(BadInputCorpus))]
    public Task Import_BadFile_IsRefusedWithReasonAndLeavesDatabaseUnchanged(string name) => RefusedAsync(name, StoreProvider.Sqlite);

    [PostgresTheory]
    [MemberData(nameof(BadInputCorpus.Names), MemberType = typeof(BadInputCorpus))]
    public Task Import_BadFileOnPostgres_IsRefusedWithReasonAndLeavesDatabaseUnchanged(string name) => RefusedAsync(name, StoreProvider.Postgres);

    private static async Task RefusedAsync(string name, StoreProvider provider)
    {
        // Arrange: a store that already holds data.
        var bad = BadInputCorpus.Get(name);
        await using var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);
        var good = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);
        await store.Imports.ImportFileAsync(store.WriteFile(good.FileName, good.Bytes));
        var before = await store.FingerprintAsync();

        // Act
        var path = bad.WriteTo(store.Directory);
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => store.Imports.ImportFileAsync(path));

        // Assert: a clear reason naming the file (and line/column), and nothing written.
        Assert.NotEmpty(error.Issues);
        Assert.Contains(error.Issues, i => i.ToString().Contains(bad.ExpectedFragment, StringComparison.Ordinal));
        Assert.All(error.Issues, i => Assert.Equal(bad.FileName, i.File));
        Assert.Equal(before, await store.FingerprintAsync());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task Import_FailureAfterManyGoodRows_RollsBackEverything(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);
        var before = await store.FingerprintAsync();
        var lines = new List<string> { "기준일ID,시간대구분,자치구코드,총생활인구수" };
        for (var day = 1; day <= 28; day++)
        {
            for (var hour = 0; hour < 24; hour++)
                lines.Add($"201710{day:00},{hour:00},11110,{1000 + hour}.5");
        }
        lines.Add("20171029,00,11110,-5");
        var path = store.WriteFile("LOCAL_PEOPLE_GU_2017.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => store.Imports.ImportFileAsync(path));

        Assert.Contains(error.Issues, i => i.Line == lines.Count && i.Column == 4);
        Assert.Equal(before, await store.FingerprintAsync());
    }
}
