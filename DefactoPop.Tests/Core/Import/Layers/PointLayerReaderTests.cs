using System.Text;
using DefactoPop.Core.Import;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Import.Layers;

public sealed class PointLayerReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dp-layers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, Encoding encoding, bool bom = false)
    {
        var path = Path.Combine(_dir, name);
        var bytes = encoding.GetBytes(text);
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return path;
    }

    [Fact]
    public void Read_CanopiesUtf8WithBom_PointsInWgs84WithInstallDates()
    {
        var path = Write("canopies.csv", "연번,종류,시도,시군구,읍면동,설치장소명,도로명주소,지번주소,경도,위도,설치일시\r\n" +
            "1,그늘막(고정형),서울특별시,종로구,사직동,사직동주민센터 앞,서울특별시 종로구 사직로9길 5,,126.9689218,37.5761763,2018-06-01\r\n", Encoding.UTF8, bom: true);

        var layer = PointLayerReader.Read(path);

        Assert.Equal(PointLayerKind.ShadeCanopy, layer.Kind);
        var p = Assert.Single(layer.Points);
        Assert.Equal(("사직동주민센터 앞", 126.9689218, 37.5761763), (p.Name, p.Lon, p.Lat));
        Assert.Equal(new DateOnly(2018, 6, 1), p.Since);
        Assert.Null(layer.SourceCrs);
    }

    [Fact]
    public void Read_SheltersCp949ColumnsInAnotherOrder_MiddleDotRestoredSentinelOpenEnded()
    {
        var path = Write("shelters.csv", "쉼터명칭,지역코드,시설유형,운영종료일,운영시작일,이용가능인원,경도,위도\n" +
            "한신무학(아) 경로당,1120052000,1,99991231,20230520,24,127.027357,37.561712\n" +
            "마을?경로당,1120052000,1,20320930,20230520,10,127.028547,37.562203\n", CodePages());

        var layer = PointLayerReader.Read(path);

        Assert.Equal(PointLayerKind.HeatShelter, layer.Kind);
        Assert.Equal("11200520", layer.Points[0].DongCode);
        Assert.Null(layer.Points[0].Until);
        Assert.Equal(new DateOnly(2032, 9, 30), layer.Points[1].Until);
        Assert.Equal("마을·경로당", layer.Points[1].Name);
        Assert.All(layer.Points, p => Assert.True(p.IsSeniorFacility));
        Assert.Equal(24, layer.Points[0].Capacity);
    }

    [Fact]
    public void Read_StationsInAnUnlabelledTm_SystemFoundByPlacingThemInSeoul()
    {
        // 관악 (서울대) at about 126.95 E, 37.455 N, written in EPSG:5181 without saying so.
        var to5181 = KoreaCrs.FromWgs84(ProjectedCrs.Epsg5181);
        var xy = to5181.Transform([126.9510, 37.4550]);
        var path = Write("aws.csv", "고유번호,관측코드,관측소명,주소,평균기온,X 좌표,Y 좌표\n" +
            $"1,509,관악,서울특별시 관악구 신림동,23.37,{xy[0]:F3},{xy[1]:F3}\n", CodePages());

        var layer = PointLayerReader.Read(path);

        Assert.Equal((PointLayerKind.WeatherStation, ProjectedCrs.Epsg5181), (layer.Kind, layer.SourceCrs));
        Assert.Equal(126.9510, layer.Points[0].Lon, 5);
        Assert.Equal(37.4550, layer.Points[0].Lat, 5);
        Assert.Equal(23.37, layer.Points[0].Value);
    }

    [Fact]
    public void Read_UnknownLayout_RefusedNamingTheFile()
    {
        var path = Write("mystery.csv", "a,b,c\n1,2,3\n", Encoding.UTF8);

        var refused = Assert.Throws<ImportFormatException>(() => PointLayerReader.Read(path));

        Assert.Equal("mystery.csv", refused.Issues[0].File);
        Assert.Contains("not a known point layer", refused.Issues[0].Reason);
    }

    [Fact]
    public void Read_BadNumber_RefusedWithFileLineAndColumn()
    {
        var path = Write("bad.csv", "연번,종류,설치장소명,경도,위도\n1,그늘막(고정형),A,126.9,37.5\n2,그늘막(고정형),B,east,37.5\n", Encoding.UTF8);

        var refused = Assert.Throws<ImportFormatException>(() => PointLayerReader.Read(path));

        Assert.Equal(("bad.csv", 3L, 4), (refused.Issues[0].File, refused.Issues[0].Line, refused.Issues[0].Column));
    }

    [SharedDataFact]
    public void Read_RealFiles_EveryLayerWithItsCountsAndEveryPointInSeoul()
    {
        var canopies = PointLayerReader.Read(SharedData.Real("facilities/seoul_shade_canopies_2026.csv"));
        var shelters26 = PointLayerReader.Read(SharedData.Real("facilities/seoul_heat_shelters_2026.csv"));
        var shelters23 = PointLayerReader.Read(SharedData.Real("facilities/seoul_heat_shelters_2023.csv"));
        var stations = PointLayerReader.Read(SharedData.Real("weather/seoul_summer_mean_temperature_aws.csv"));
        var stops = PointLayerReader.Read(SharedData.Real("other/seoul_bus_stops_20250513.xlsx"));

        Assert.Equal((PointLayerKind.ShadeCanopy, 4784), (canopies.Kind, canopies.Points.Count + canopies.LeftOut.Count));
        Assert.InRange(canopies.LeftOut.Count, 1, 50);
        Assert.All(canopies.LeftOut, i => Assert.Contains("outside Seoul", i.Reason));
        Assert.Equal((PointLayerKind.HeatShelter, 4087), (shelters26.Kind, shelters26.Points.Count + shelters26.LeftOut.Count));
        Assert.Equal((PointLayerKind.HeatShelter, 4135), (shelters23.Kind, shelters23.Points.Count + shelters23.LeftOut.Count));
        Assert.Equal((PointLayerKind.WeatherStation, 27, ProjectedCrs.Epsg5181), (stations.Kind, stations.Points.Count, stations.SourceCrs));
        Assert.Equal((PointLayerKind.BusStop, 11301), (stops.Kind, stops.Points.Count + stops.LeftOut.Count));
        Assert.True(stops.LeftOut.Count < 0.05 * 11301, $"{stops.LeftOut.Count} stops left out");
        Assert.InRange(shelters26.Points.Count(p => p.IsSeniorFacility), 2600, 2900);
        Assert.Contains(shelters23.Points, p => p.Until is null);
        Assert.True(shelters26.LeftOut.Count + shelters23.LeftOut.Count < 50);
        var gwanak = stations.Points.Single(p => p.Name == "관악");
        Assert.InRange(gwanak.Lat, 37.44, 37.47);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949);
    }
}
