using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Export;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

public class StoreLayoutTests
{
    public static TheoryData<int, string> FixtureNames()
    {
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (var f in OfficialFileFixtures.All())
            data.Add(i++, $"{f} strata={f.HasStrata}");
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public Task Import_EveryOfficialLayoutAndEncoding_StoresEveryValueAndMask(int index, string name) => StoresEveryValueAsync(index, name, StoreProvider.Sqlite);

    [PostgresTheory]
    [MemberData(nameof(FixtureNames))]
    public Task Import_EveryOfficialLayoutAndEncodingOnPostgres_StoresEveryValueAndMask(int index, string name) => StoresEveryValueAsync(index, name, StoreProvider.Postgres);

    private static async Task StoresEveryValueAsync(int index, string name, StoreProvider provider)
    {
        var fixture = OfficialFileFixtures.All().ElementAt(index);
        Assert.StartsWith(fixture.ToString(), name);
        await using var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);

        var report = await store.Imports.ImportFileAsync(store.WriteFile(fixture.FileName, fixture.Bytes));

        Assert.Equal(fixture.Expected.Count, report.Rows);
        Assert.Equal(fixture.Level, report.Level);
        var reader = (Web.Data.Stores.PopulationReadStore)store.Read;
        foreach (var row in fixture.Expected)
        {
            var cell = await reader.ReadCellAsync(row.ZoneCode, row.Slot);
            Assert.NotNull(cell);
            var back = cell.ToRow(row.Slot, row.Level, row.ZoneCode, row.Class, row.ParentCode);
            Assert.NotNull(back);
            Assert.Equal(row.Total, back.Total);
            if (row.Strata is not null)
                Assert.Equal(row.Strata, back.Strata!);
            Assert.Equal(row.Chinese, back.Chinese);
            Assert.Equal(row.OtherForeign, back.OtherForeign);
        }
    }

    [Theory]
    [InlineData(ZoneLevel.Oa, PopulationClass.Domestic, "cp949")]
    [InlineData(ZoneLevel.Dong, PopulationClass.Domestic, "utf-8")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, "cp949")]
    [InlineData(ZoneLevel.Oa, PopulationClass.LongTermForeign, "utf-8")]
    [InlineData(ZoneLevel.Dong, PopulationClass.ShortTermForeign, "cp949")]
    [InlineData(ZoneLevel.Gu, PopulationClass.ShortTermForeign, "utf-8")]
    public Task Export_ThenImport_RoundTripsExactly(ZoneLevel level, PopulationClass cls, string encoding) => RoundTripAsync(level, cls, encoding, StoreProvider.Sqlite);

    [PostgresTheory]
    [InlineData(ZoneLevel.Oa, PopulationClass.Domestic, "cp949")]
    [InlineData(ZoneLevel.Dong, PopulationClass.Domestic, "utf-8")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, "cp949")]
    [InlineData(ZoneLevel.Oa, PopulationClass.LongTermForeign, "utf-8")]
    [InlineData(ZoneLevel.Dong, PopulationClass.ShortTermForeign, "cp949")]
    [InlineData(ZoneLevel.Gu, PopulationClass.ShortTermForeign, "utf-8")]
    public Task Export_ThenImportOnPostgres_RoundTripsExactly(ZoneLevel level, PopulationClass cls, string encoding) => RoundTripAsync(level, cls, encoding, StoreProvider.Postgres);

    private static async Task RoundTripAsync(ZoneLevel level, PopulationClass cls, string encoding, StoreProvider provider)
    {
        // Arrange: a store holding one fixture of the layout.
        var fixture = OfficialFileFixtures.All().First(f => f.Level == level && f.Class == cls && f.HasStrata == (cls == PopulationClass.Domestic));
        await using var first = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(first);
        await first.Imports.ImportFileAsync(first.WriteFile(fixture.FileName, fixture.Bytes));
        var day = fixture.Expected[0].Slot.Date;
        var exported = Path.Combine(first.Directory, "export-" + fixture.FileName);
        var firstResult = await first.Exports.ExportAsync(new ExportRequest(level, day, day, cls, encoding, exported));

        // Act: load the export into a fresh store and export again.
        await using var second = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(second);
        await second.Imports.ImportFileAsync(second.WriteFile(fixture.FileName, File.ReadAllBytes(exported)));
        var again = Path.Combine(second.Directory, "again.csv");
        await second.Exports.ExportAsync(new ExportRequest(level, day, day, cls, encoding, again));

        // Assert
        Assert.Equal(fixture.Expected.Count, firstResult.Rows);
        Assert.Equal(File.ReadAllBytes(exported), File.ReadAllBytes(again));
    }

    [Fact]
    public async Task Export_SmallCells_AreWrittenAsStarAndNeverAsZero()
    {
        var fixture = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        await store.Imports.ImportFileAsync(store.WriteFile(fixture.FileName, fixture.Bytes));
        var day = fixture.Expected[0].Slot.Date;
        var path = Path.Combine(store.Directory, "out.csv");

        var result = await store.Exports.ExportAsync(new ExportRequest(ZoneLevel.Oa, day, day, PopulationClass.Domestic, "utf-8", path) { Threshold = 3 });

        var text = File.ReadAllText(path);
        Assert.True(result.MaskedCells > 0);
        Assert.Contains("\"*\"", text);
        foreach (var line in text.Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            foreach (var cell in line.TrimEnd('\r').Split(',').Skip(4).Select(c => c.Trim('"')))
            {
                if (cell != "*")
                    Assert.True(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) > 3, $"{cell} should have been masked");
            }
        }
    }
}
