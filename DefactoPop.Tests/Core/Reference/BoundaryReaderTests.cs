using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Reference;

public class BoundaryReaderTests
{
    private static string Square(double lon, double lat, double size = 0.01) =>
        FormattableString.Invariant($"{{\"type\":\"Polygon\",\"coordinates\":[[[{lon},{lat}],[{lon + size},{lat}],[{lon + size},{lat + size}],[{lon},{lat + size}],[{lon},{lat}]]]}}");

    private static string Collection(params string[] features) =>
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[" +
        string.Join(",", features) + "]}";

    private static string Feature(string properties, string geometry) =>
        $"{{\"type\":\"Feature\",\"properties\":{{{properties}}},\"geometry\":{geometry}}}";

    private static BoundarySet Read(string json, CodeCrosswalk? cw = null) =>
        BoundaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.geojson", cw);

    [Fact]
    public void Read_Districts_KeysBySigCdWithNamesAndArea()
    {
        var json = Collection(
            Feature("\"SIG_CD\":\"11140\",\"SIG_ENG_NM\":\"Jung-gu\",\"SIG_KOR_NM\":\"중구\"", Square(126.99, 37.55)),
            Feature("\"SIG_CD\":\"11110\",\"SIG_ENG_NM\":\"Jongno-gu\",\"SIG_KOR_NM\":\"종로구\"", Square(126.98, 37.57, 0.02)));

        var set = Read(json, ReferenceFixtures.Crosswalk());

        Assert.Empty(set.Unjoined);
        Assert.Equal(["11110", "11140"], set.Zones.Select(z => z.Code));
        var jongno = set.Zones[0];
        Assert.Equal((ZoneLevel.Gu, "종로구", "Jongno-gu", "11"), (jongno.Level, jongno.NameKo, jongno.NameEn, jongno.ParentCode));
        Assert.Equal(4 * set.Zones[1].AreaKm2, jongno.AreaKm2, 0.01);
        Assert.Equal(4326, jongno.Geometry.SRID);
    }

    [Fact]
    public void Read_DongsByStatCode_ResolveMoisCodeThroughCrosswalk()
    {
        var json = Collection(
            Feature("\"adm_cd\":\"1101053\",\"adm_nm\":\"서울특별시 종로구 사직동\"", Square(126.96, 37.57)),
            Feature("\"adm_cd\":\"1101072\",\"adm_nm\":\"서울특별시 종로구 종로5·6가동\"", Square(127.0, 37.57)));

        var set = Read(json, ReferenceFixtures.Crosswalk());

        Assert.Empty(set.Unjoined);
        Assert.Equal(["11110530", "11110650"], set.Zones.Select(z => z.Code));
        Assert.Equal(("사직동", "1101053", "11110"), (set.Zones[0].NameKo, set.Zones[0].StatCode, set.Zones[0].ParentCode));
        Assert.Equal("종로5·6가동", set.Zones[1].NameKo);
    }

    [Fact]
    public void Read_DongsByMoisAdmCd2_NeedNoCrosswalk()
    {
        var json = Collection(Feature("\"OBJECTID\":7,\"adm_cd2\":\"1114052000\",\"adm_nm\":\"서울특별시 중구 소공동\"", Square(126.97, 37.56)));

        var set = Read(json);

        var z = Assert.Single(set.Zones);
        Assert.Equal(("11140520", ZoneLevel.Dong, "소공동", "11140"), (z.Code, z.Level, z.NameKo, z.ParentCode));
        Assert.Null(z.StatCode);
    }

    [Fact]
    public void Read_DongsByNameOnly_JoinOnNames()
    {
        var json = Collection(Feature("\"adm_nm\":\"서울특별시 종로구 삼청동\"", Square(126.98, 37.58)));

        var z = Assert.Single(Read(json, ReferenceFixtures.Crosswalk()).Zones);

        Assert.Equal(("11110540", "1101054"), (z.Code, z.StatCode));
    }

    [Fact]
    public void Read_UnknownOrRecodedDongs_AreReportedNotHidden()
    {
        var json = Collection(
            Feature("\"adm_cd\":\"1101053\",\"adm_cd2\":\"1111053500\",\"adm_nm\":\"서울특별시 종로구 사직동\"", Square(126.96, 37.57)),
            Feature("\"adm_cd\":\"1109999\",\"adm_nm\":\"서울특별시 종로구 새동\"", Square(126.97, 37.57)),
            Feature("\"adm_cd\":\"1101054\",\"adm_cd2\":\"1111054000\",\"adm_nm\":\"서울특별시 종로구 삼청동\"", Square(126.98, 37.57)));

        var set = Read(json, ReferenceFixtures.Crosswalk());

        Assert.Equal(["11110535", "11110540"], set.Zones.Select(z => z.Code));
        Assert.Equal(2, set.Unjoined.Count);
        Assert.Equal(1, set.Unjoined[0].Line);
        Assert.Contains("code 11110535 is not in the code mapping", set.Unjoined[0].Reason);
        Assert.Contains("adm_cd2 gives 11110535 but adm_cd 1101053 maps to 11110530", set.Unjoined[0].Reason);
        Assert.Equal(2, set.Unjoined[1].Line);
        Assert.Contains("새동", set.Unjoined[1].Reason);
    }

    [Fact]
    public void Read_OutputAreas_KeyByTotRegCdWithParentDong()
    {
        var json = Collection(
            Feature("\"TOT_REG_CD\":\"1101054010001\",\"ADM_CD\":\"1101054\"", Square(126.98, 37.58, 0.001)),
            Feature("\"TOT_OA_CD\":\"1109999010001\"", Square(126.99, 37.58, 0.001)));

        var set = Read(json, ReferenceFixtures.Crosswalk());

        Assert.Equal(["1101054010001", "1109999010001"], set.Zones.Select(z => z.Code));
        Assert.Equal((ZoneLevel.Oa, "11110540"), (set.Zones[0].Level, set.Zones[0].ParentCode));
        Assert.Null(set.Zones[1].ParentCode);
        Assert.Equal(2, Assert.Single(set.Unjoined).Line);
    }

    [Fact]
    public void Read_StatCodesWithoutCrosswalk_AreReported()
    {
        var set = Read(Collection(Feature("\"adm_cd\":\"1101053\",\"adm_nm\":\"서울특별시 종로구 사직동\"", Square(126.96, 37.57))));

        Assert.Empty(set.Zones);
        Assert.Contains("no crosswalk", Assert.Single(set.Unjoined).Reason);
    }

    [Fact]
    public void Read_BadCodeShape_FailsNamingFeatureAndProperty()
    {
        var json = Collection(
            Feature("\"SIG_CD\":\"11110\",\"SIG_KOR_NM\":\"종로구\"", Square(126.98, 37.57)),
            Feature("\"SIG_CD\":\"1114\",\"SIG_KOR_NM\":\"중구\"", Square(126.99, 37.55)));

        var ex = Assert.Throws<ImportFormatException>(() => Read(json));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(("test.geojson", 2L, "SIG_CD"), (issue.File, issue.Line, issue.ColumnName));
        Assert.Contains("'1114'", issue.Reason);
    }

    [Fact]
    public void Read_FeatureWithoutKeys_Fails()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read(Collection(Feature("\"name\":\"x\"", Square(126.98, 37.57)))));

        Assert.Contains("test.geojson:1: feature 1 has none of SIG_CD", ex.Message);
    }

    [Fact]
    public void Read_ProjectedCoordinates_AreRefused()
    {
        var json = Collection(Feature("\"SIG_CD\":\"11110\"", Square(953_000, 1_952_000, 100)));

        var ex = Assert.Throws<ImportFormatException>(() => Read(json));

        Assert.Contains("not in WGS84", ex.Message);
    }

    [Fact]
    public void Read_NotJson_Fails()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read("{\"type\":\"FeatureCollection\",\"features\":[{"));

        Assert.Contains("test.geojson", ex.Message);
    }

    [SharedDataFact]
    public void Read_RealDistricts_25SeoulDistrictsTotalling605Km2()
    {
        var set = BoundaryReader.Read(SharedData.Real("boundaries/seoul_gu_2017.geojson"));

        Assert.Empty(set.Unjoined);
        Assert.Equal(25, set.Zones.Count);
        Assert.Equal("11110", set.Zones[0].Code);
        Assert.Equal("11740", set.Zones[^1].Code);
        Assert.All(set.Zones, z => Assert.True(ZoneCodes.IsGu(z.Code)));
        Assert.Equal(605.2, set.Zones.Sum(z => z.AreaKm2), 605.2 * 0.01);
        Assert.Equal("Gangnam-gu", set.Zones.Single(z => z.Code == "11680").NameEn);
    }

    [SharedDataFact]
    public void Read_RealDongs2017_All424JoinToMoisCodes()
    {
        var cw = new CodeCrosswalk(DongCodeMappingReader.Read(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx")));

        var set = BoundaryReader.Read(SharedData.Real("boundaries/seoul_dong_2017.geojson"), cw);

        Assert.Empty(set.Unjoined);
        Assert.Equal(424, set.Zones.Count);
        Assert.All(set.Zones, z => Assert.True(cw.HasDong(z.Code)));
        Assert.Equal(605.2, set.Zones.Sum(z => z.AreaKm2), 605.2 * 0.01);
    }

    [SharedDataFact]
    public void Read_RealAdmdongkor2021_ReportsTheSevenRecodedOrNewDongs()
    {
        var cw = new CodeCrosswalk(DongCodeMappingReader.Read(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx")));

        var set = BoundaryReader.Read(SharedData.Real("boundaries/seoul_dong_admdongkor_2021-04.geojson"), cw);

        Assert.Equal(425, set.Zones.Count);
        string[] expected = ["11305595", "11305603", "11305608", "11305615", "11305625", "11305635", "11530800"];
        Assert.Equal(expected, set.Zones.Where(z => !cw.HasDong(z.Code)).Select(z => z.Code));
        Assert.All(expected, code => Assert.Single(set.Unjoined, i => i.Reason.Contains($"code {code} is not in the code mapping")));
        Assert.Contains(set.Unjoined, i => i.Reason.Contains("adm_cd2 gives 11305595 but adm_cd 1109060 maps to 11305590"));
        // 오류2동 keeps its MOIS code but its statistics code moved (1117073 is not in the 2018 mapping): reported too.
        var oryu = Assert.Single(set.Unjoined, i => i.Reason.Contains("오류2동"));
        Assert.Contains("adm_cd 1117073 is not in the code mapping", oryu.Reason);
        Assert.Equal(8, set.Unjoined.Count);
        Assert.Equal(418, set.Zones.Count(z => cw.HasDong(z.Code)));
    }
}
