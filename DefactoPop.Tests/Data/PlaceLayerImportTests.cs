using System.Text;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Tests.Data;

/// <summary>The import verb loads the auxiliary point layers the siting workbenches use.</summary>
public sealed class PlaceLayerImportTests
{
    private const string Canopies = "연번,종류,시도,시군구,읍면동,설치장소명,도로명주소,지번주소,경도,위도,설치일시\r\n" +
        "1,그늘막(고정형),서울특별시,종로구,사직동,사직동주민센터 앞,,,126.9689218,37.5761763,2018-06-01\r\n" +
        "2,그늘막(스마트형),서울특별시,중구,명동,,서울특별시 중구 을지로 82,,126.9844517,37.5659048,2023-07-20\r\n" +
        "3,그늘막(고정형),서울특별시,중구,명동,오타,,,124.0429,37.5794,2022-07-29\r\n";

    [Fact]
    public async Task Import_CanopyFileTwice_StoredOnceAndTheOutsidePointListed()
    {
        await using var store = await TestStore.CreateAsync();
        var path = store.WriteFile("그늘막.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Canopies)]);

        var first = await store.Imports.ImportFileAsync(path);
        var second = await store.Imports.ImportFileAsync(path);

        Assert.Equal(("그늘막 (points)", 2L, 1L), (second.Kind, second.Rows, second.RejectedRows));
        Assert.Contains(first.Notes, n => n.Contains("outside Seoul", StringComparison.Ordinal));
        await using var db = await store.Database.Contexts.CreateDbContextAsync();
        var points = await db.PlacePoints.OrderBy(p => p.ExternalId).ToListAsync();
        Assert.Equal(["1", "2"], points.Select(p => p.ExternalId));
        Assert.Equal("서울특별시 중구 을지로 82", points[1].Name);
        Assert.All(points, p => Assert.Equal((int)PointLayerKind.ShadeCanopy, p.Kind));
    }

    [SharedDataFact]
    public async Task ImportVerb_RealLayers_EveryFileLoadsWithItsKind()
    {
        await using var store = await TestStore.CreateAsync();
        string[] files =
        [
            SharedData.Real("facilities/seoul_shade_canopies_2026.csv"),
            SharedData.Real("facilities/seoul_heat_shelters_2026.csv"),
            SharedData.Real("facilities/seoul_heat_shelters_2023.csv"),
            SharedData.Real("weather/seoul_summer_mean_temperature_aws.csv"),
            SharedData.Real("other/seoul_bus_stops_20250513.xlsx"),
        ];

        var code = await CliApp.RunAsync(["import", .. files, "--db", store.DbPath], new StringWriter());

        Assert.Equal(0, code);
        await using var db = await store.Database.Contexts.CreateDbContextAsync();
        var byKind = await db.PlacePoints.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => (PointLayerKind)g.Key, g => g.Count);
        Assert.InRange(byKind[PointLayerKind.ShadeCanopy], 4700, 4784);
        Assert.InRange(byKind[PointLayerKind.HeatShelter], 8100, 4087 + 4135);
        Assert.Equal(27, byKind[PointLayerKind.WeatherStation]);
        Assert.InRange(byKind[PointLayerKind.BusStop], 10_700, 11_301);
    }
}
