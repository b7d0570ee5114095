using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Import;

namespace DefactoPop.Tests.Data;

public class RealReferenceImportTests
{
    private static string[] Files() =>
    [
        SharedData.Real("boundaries/seoul_gu_2017.geojson"),
        SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx"),
        SharedData.Real("boundaries/codes/oa_to_dong_part1.csv"),
        SharedData.Real("boundaries/codes/oa_to_dong_part2.csv"),
        SharedData.Real("boundaries/codes/oa_to_dong_part3.csv"),
        SharedData.Real("boundaries/seoul_dong_2017.geojson"),
        SharedData.Real("registered/seoul_registered_pop_by_dong_age5_nationality_2018Q2.xlsx"),
    ];

    [SharedDataFact]
    public async Task Import_RealBoundariesCodesAndRegister_BuildTheFullCatalogue()
    {
        await using var store = await TestStore.CreateAsync();

        var reports = new List<ImportReport>();
        foreach (var file in ImportService.ExpandPaths(Files().Reverse()))
            reports.Add(await store.Imports.ImportFileAsync(file));

        var gu = await store.Read.GetZonesAsync(ZoneLevel.Gu);
        var dongs = await store.Read.GetZonesAsync(ZoneLevel.Dong);
        var oas = await store.Read.GetZonesAsync(ZoneLevel.Oa);
        Assert.Equal(25, gu.Count);
        Assert.Equal(424, dongs.Count);
        Assert.All(dongs, d => Assert.True(ZoneCodes.IsDong(d.Code) && ZoneCodes.IsStatDong(d.StatCode!), d.Code));
        Assert.Equal(19_153, oas.Count);
        Assert.All(oas, o => Assert.True(o.ParentCode is not null && ZoneCodes.IsDong(o.ParentCode), o.Code));
        var dongBoundaries = reports.Single(r => r.File == "seoul_dong_2017.geojson");
        Assert.Equal(424, dongBoundaries.Zones);
        Assert.Equal(0, dongBoundaries.RejectedRows);
        Assert.NotNull(await store.Read.GetGeometryAsync(ZoneLevel.Gu));
        var dongGeometry = System.Text.Json.JsonDocument.Parse(await store.Read.GetGeometryAsync(ZoneLevel.Dong) ?? throw new InvalidOperationException());
        Assert.Equal(424, dongGeometry.RootElement.GetProperty("features").GetArrayLength());
        var registered = await store.Read.GetRegisteredAsync(ZoneLevel.Dong);
        Assert.Equal(10_089_517, registered.Where(v => !double.IsNaN(v)).Sum(), 0);
        Assert.Equal(10_089_517, (await store.Read.GetSummaryAsync()).Registered!.Value, 0);
    }

    [SharedDataFact]
    public async Task Import_AdmdongkorBoundaries_ReportsRecodedDongs()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Imports.ImportFileAsync(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx"));

        var report = await store.Imports.ImportFileAsync(SharedData.Real("boundaries/seoul_dong_admdongkor_2021-04.geojson"));

        Assert.True(report.Zones >= 418);
        Assert.NotEmpty(report.Notes);
    }

    [SharedDataFact]
    public async Task Import_Real2021Q2Register_LoadsWhatJoinsAndReportsHangDong()
    {
        await using var store = await TestStore.CreateAsync();
        foreach (var file in ImportService.ExpandPaths(Files().Where(f => !f.Contains("registered", StringComparison.Ordinal))))
            await store.Imports.ImportFileAsync(file);

        var report = await store.Imports.ImportFileAsync(SharedData.Real("registered/seoul_registered_pop_by_dong_sex_2021Q2.txt"));

        Assert.Equal(1, report.RejectedRows);
        Assert.Contains(report.Notes, n => n.Contains("구로구 항동 (11530)") && n.Contains("16,461 persons"));
        var unjoined = await store.Read.GetMetaAsync(MetaKeys.RegisterUnjoined);
        var hang = Assert.Single(unjoined!.Zones);
        Assert.Equal(("구로구 항동", "11530", 16_461.0), (hang.Name, hang.Code, hang.Persons));
        var registered = await store.Read.GetRegisteredAsync(ZoneLevel.Dong);
        Assert.Equal(424, registered.Count(v => !double.IsNaN(v)));
        Assert.Equal(9_795_426, (await store.Read.GetSummaryAsync()).Registered!.Value, 0);
    }
}
