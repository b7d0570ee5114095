using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Export;

namespace DefactoPop.Tests.Data;

/// <summary>Exports of different levels are protected as one release: together they give nothing away.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class ReleaseExportTests(Sqlite2017StoreFixture fixture) : IDisposable
{
    private static readonly DateOnly s_day = new(2017, 10, 4);
    private readonly string _dir = Directory.CreateTempSubdirectory("defactopop-release-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(PopulationClass.Domestic)]
    [InlineData(PopulationClass.ShortTermForeign)]
    public async Task Export_EveryLevelOfADay_TheAttackerOnAllFilesTogetherFindsNothing(PopulationClass cls)
    {
        var rows = new List<PopulationRow>();
        foreach (var level in cls == PopulationClass.Domestic ? ZoneLevels.Published : [ZoneLevel.Gu, ZoneLevel.Dong])
        {
            var path = Path.Combine(_dir, $"{level.Key()}-{cls.Key()}.csv");
            await fixture.Store.Exports.ExportAsync(new ExportRequest(level, s_day, s_day, cls, "utf-8", path));
            using var reader = LivingPopulationReader.Open(path, new LivingPopulationReaderOptions(cls));
            rows.AddRange(reader.ReadRows());
            Assert.Empty(reader.Issues);
        }

        var audit = ReleaseDisclosure.Audit(rows, DisclosureOptions.Seoul);

        Assert.True(rows.Count >= 24 * 2, $"{rows.Count} rows");
        // The test city's foreigners are many per 행정동: only its domestic strata are small enough to suppress.
        Assert.True(cls != PopulationClass.Domestic || audit.CellsChecked > 0, $"{rows.Count} rows, none suppressed");
        Assert.True(audit.Passed, string.Join("; ", audit.Violations.Take(5)));
        Assert.All(rows, r => Assert.All(Cells(r), v => Assert.True(v.IsMasked || v.Value > 3, $"{r.ZoneCode} {r.Slot}: {v}")));
    }

    [Fact]
    public async Task Export_ForeignersAtOaWithDisclosure_IsRefusedAsNotPublic()
    {
        var request = new ExportRequest(ZoneLevel.Oa, s_day, s_day, PopulationClass.LongTermForeign, "utf-8", Path.Combine(_dir, "oa-long.csv"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Store.Exports.ExportAsync(request));

        Assert.Contains("행정동", refused.Message);
        Assert.False(File.Exists(request.OutPath));
    }

    private static IEnumerable<PopValue> Cells(PopulationRow r) =>
        r.Strata is { } s ? [r.Total, .. s] : r.Chinese is { } c ? [r.Total, c, r.OtherForeign!.Value] : [r.Total];
}
