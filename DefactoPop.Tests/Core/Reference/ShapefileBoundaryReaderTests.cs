using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;

namespace DefactoPop.Tests.Core.Reference;

public sealed class ShapefileBoundaryReaderTests : IDisposable
{
    private const string EsriWkt5186 =
        "PROJCS[\"Korea_2000_Korea_Central_Belt_2010\",GEOGCS[\"GCS_Korea_2000\",DATUM[\"D_Korea_2000\"," +
        "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]," +
        "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",200000.0],PARAMETER[\"False_Northing\",600000.0]," +
        "PARAMETER[\"Central_Meridian\",127.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",38.0],UNIT[\"Meter\",1.0]]";

    // Two small 집계구-like quadrilaterals near 사직동 and 소공동, in WGS84.
    private static readonly (string Code, string Dong, (double Lon, double Lat)[] Ring)[] s_oas =
    [
        ("1101053010001", "1101053", [(126.9680, 37.5750), (126.9712, 37.5751), (126.9709, 37.5779), (126.9677, 37.5776)]),
        ("1102052010001", "1102052", [(126.9775, 37.5630), (126.9801, 37.5628), (126.9806, 37.5652), (126.9779, 37.5655)]),
    ];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("shp-");

    public void Dispose() => _dir.Delete(true);

    private string WriteOas(ProjectedCrs crs, string? prj, string codeField = "TOT_REG_CD")
    {
        var toProjected = KoreaCrs.FromWgs84(crs);
        var factory = new GeometryFactory();
        var features = s_oas.Select(oa =>
        {
            var coords = oa.Ring.Append(oa.Ring[0]).Select(p =>
            {
                var (x, y) = toProjected.Transform(p.Lon, p.Lat);
                return new Coordinate(x, y);
            }).ToArray();
            return (IFeature)new Feature(factory.CreatePolygon(coords), new AttributesTable { { codeField, oa.Code }, { "ADM_CD", oa.Dong } });
        }).ToList();
        var path = Path.Combine(_dir.FullName, $"oa_{(int)crs}.shp");
        Shapefile.WriteAllFeatures(features, path, prj!, ShapefileBoundaryReader.Cp949);
        if (prj is null)
            File.Delete(Path.ChangeExtension(path, ".prj"));
        return path;
    }

    private static void AssertRoundTrip(BoundarySet set)
    {
        Assert.Equal(s_oas.Select(o => o.Code), set.Zones.Select(z => z.Code));
        foreach (var (zone, oa) in set.Zones.Zip(s_oas))
        {
            Assert.Equal(ZoneLevel.Oa, zone.Level);
            var ring = ((Polygon)((MultiPolygon)zone.Geometry).GetGeometryN(0)).ExteriorRing.Coordinates;
            var expected = oa.Ring.Append(oa.Ring[0]).ToArray();
            // Shapefiles store shells clockwise, so compare as sets of vertices.
            foreach (var (lon, lat) in expected)
                Assert.Contains(ring, c => Math.Abs(c.X - lon) < 1e-6 && Math.Abs(c.Y - lat) < 1e-6);
            Assert.InRange(zone.AreaKm2, 0.05, 0.12);
        }
    }

    [Theory]
    [InlineData(ProjectedCrs.Epsg5179)]
    [InlineData(ProjectedCrs.Epsg5186)]
    public void Read_WithOgcPrj_ReprojectsToWgs84(ProjectedCrs crs)
    {
        var path = WriteOas(crs, KoreaCrs.WktOf(crs));

        var set = ShapefileBoundaryReader.Read(path, crosswalk: ReferenceFixtures.Crosswalk());

        AssertRoundTrip(set);
        Assert.Empty(set.Unjoined);
        Assert.Equal(["11110530", "11140520"], set.Zones.Select(z => z.ParentCode));
    }

    [Fact]
    public void Read_EsriPrj_IsRecognised()
    {
        var path = WriteOas(ProjectedCrs.Epsg5186, EsriWkt5186, "TOT_OA_CD");

        AssertRoundTrip(ShapefileBoundaryReader.Read(path));
    }

    [Fact]
    public void Read_PrjWinsOverParameter()
    {
        var path = WriteOas(ProjectedCrs.Epsg5186, KoreaCrs.Wkt5186);

        AssertRoundTrip(ShapefileBoundaryReader.Read(path, ProjectedCrs.Epsg5179));
    }

    [Theory]
    [InlineData(ProjectedCrs.Epsg5179)]
    [InlineData(ProjectedCrs.Epsg5186)]
    public void Read_NoPrj_UsesExplicitCrs(ProjectedCrs crs)
    {
        var path = WriteOas(crs, null);

        AssertRoundTrip(ShapefileBoundaryReader.Read(path, crs));
    }

    [Fact]
    public void Read_NoPrjNoCrs_Fails()
    {
        var path = WriteOas(ProjectedCrs.Epsg5179, null);

        var ex = Assert.Throws<ImportFormatException>(() => ShapefileBoundaryReader.Read(path));

        Assert.Contains("oa_5179.shp", ex.Message);
        Assert.Contains("no .prj", ex.Message);
    }

    [Fact]
    public void Read_BadPrj_FailsNamingThePrj()
    {
        var path = WriteOas(ProjectedCrs.Epsg5179, null);
        File.WriteAllText(Path.ChangeExtension(path, ".prj"), "PROJCS[broken");

        var ex = Assert.Throws<ImportFormatException>(() => ShapefileBoundaryReader.Read(path));

        Assert.Contains("oa_5179.prj", ex.Message);
    }

    [Fact]
    public void Read_OaWithoutDongInCrosswalk_IsReported()
    {
        var path = WriteOas(ProjectedCrs.Epsg5179, KoreaCrs.Wkt5179);
        var cw = new CodeCrosswalk([ReferenceFixtures.Dongs[0]]);

        var set = ShapefileBoundaryReader.Read(path, crosswalk: cw);

        Assert.Equal(2, set.Zones.Count);
        var issue = Assert.Single(set.Unjoined);
        Assert.Equal(2, issue.Line);
        Assert.Contains("1102052010001", issue.Reason);
    }

    [Fact]
    public void Read_BadOaCode_FailsWithRecordNumber()
    {
        var f = new GeometryFactory();
        var path = Path.Combine(_dir.FullName, "bad.shp");
        var square = f.CreatePolygon([new(953_000, 1_952_000), new(953_000, 1_952_100), new(953_100, 1_952_100), new(953_100, 1_952_000), new(953_000, 1_952_000)]);
        Shapefile.WriteAllFeatures(
            [new Feature(square, new AttributesTable { { "TOT_REG_CD", "1101053010001" } }), new Feature(square, new AttributesTable { { "TOT_REG_CD", "11010530101" } })],
            path, KoreaCrs.Wkt5179, ShapefileBoundaryReader.Cp949);

        var ex = Assert.Throws<ImportFormatException>(() => ShapefileBoundaryReader.Read(path));

        Assert.Contains("bad.shp:2", ex.Message);
        Assert.Contains("'11010530101'", ex.Message);
    }

    [Fact]
    public void Read_DongShapefileInCp949_DecodesKoreanNamesAndJoins()
    {
        var toProjected = KoreaCrs.FromWgs84(ProjectedCrs.Epsg5179);
        var f = new GeometryFactory();
        var coords = s_oas[0].Ring.Append(s_oas[0].Ring[0]).Select(p =>
        {
            var (x, y) = toProjected.Transform(p.Lon, p.Lat);
            return new Coordinate(x, y);
        }).ToArray();
        var path = Path.Combine(_dir.FullName, "dong.shp");
        Shapefile.WriteAllFeatures(
            [new Feature(f.CreatePolygon(coords), new AttributesTable { { "ADM_CD", "1101072" }, { "ADM_NM", "서울특별시 종로구 종로5·6가동" } })],
            path, KoreaCrs.Wkt5179, ShapefileBoundaryReader.Cp949);

        var set = ShapefileBoundaryReader.Read(path, crosswalk: ReferenceFixtures.Crosswalk());

        var zone = Assert.Single(set.Zones);
        Assert.Equal(("11110650", ZoneLevel.Dong, "종로5·6가동"), (zone.Code, zone.Level, zone.NameKo));
        Assert.Equal(126.968, zone.Geometry.EnvelopeInternal.MinX, 1e-3);
    }
}
