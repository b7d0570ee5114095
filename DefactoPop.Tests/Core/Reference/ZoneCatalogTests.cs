using DefactoPop.Core.Domain;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace DefactoPop.Tests.Core.Reference;

public class ZoneCatalogTests
{
    private static readonly GeometryFactory s_factory = new();

    private static ZoneBoundary Boundary(string code, ZoneLevel level, double area, string? nameEn = null) =>
        new(code, level, "이름" + code, nameEn, s_factory.CreatePoint(new Coordinate(127, 37.5)), area, null, null);

    [Fact]
    public void Build_FixtureTables_LinksEveryLevel()
    {
        ZoneBoundary[] gus = [Boundary("11110", ZoneLevel.Gu, 23.9, "Jongno-gu"), Boundary("11140", ZoneLevel.Gu, 10)];
        ZoneBoundary[] dongs =
        [
            Boundary("11110530", ZoneLevel.Dong, 1.2), Boundary("11110540", ZoneLevel.Dong, 1.5),
            Boundary("11110650", ZoneLevel.Dong, 0.6), Boundary("11140520", ZoneLevel.Dong, 0.9),
        ];

        var catalog = ZoneCatalog.Build(gus, dongs, ReferenceFixtures.Crosswalk());

        Assert.Empty(catalog.Problems);
        Assert.Equal(33.9, catalog.City.AreaKm2, 1e-9);
        Assert.Equal(["11110", "11140"], catalog.Children("11").Select(z => z.Code));
        Assert.Equal(["11110530", "11110540", "11110650"], catalog.Children("11110").Select(z => z.Code));
        Assert.Equal(["1101053010001", "1101053010002"], catalog.Children("11110530").Select(z => z.Code));
        var dong = catalog.Find("11110650")!;
        Assert.Equal(("종로5.6가동", "1101072", "11110", 0.6), (dong.NameKo, dong.StatCode, dong.ParentCode, dong.AreaKm2));
        Assert.Equal(5, catalog.Zones(ZoneLevel.Oa).Count);
        Assert.NotNull(catalog.Geometry("11140520"));
        Assert.Null(catalog.Geometry("1101053010001"));
    }

    [Fact]
    public void Build_MissingAndExtraBoundaries_AreListedAsProblems()
    {
        ZoneBoundary[] gus = [Boundary("11110", ZoneLevel.Gu, 23.9)];
        ZoneBoundary[] dongs = [Boundary("11110530", ZoneLevel.Dong, 1.2), Boundary("11110999", ZoneLevel.Dong, 1)];

        var catalog = ZoneCatalog.Build(gus, dongs, ReferenceFixtures.Crosswalk());

        Assert.Contains(catalog.Problems, p => p.Contains("district 11140 (중구) has no boundary"));
        Assert.Contains(catalog.Problems, p => p.Contains("dong boundary 11110999") && p.Contains("left out"));
        Assert.Contains(catalog.Problems, p => p.Contains("dong 11110540 (종로구 삼청동) has no boundary"));
        Assert.Null(catalog.Find("11110999"));
        Assert.Equal(0, catalog.Find("11110540")!.AreaKm2);
        Assert.Equal(4, catalog.Zones(ZoneLevel.Dong).Count);
    }

    [SharedDataFact]
    public void Build_RealFiles_GiveTheFullSeoulCatalogue()
    {
        var cw = RealCodes.Crosswalk();
        var gus = BoundaryReader.Read(SharedData.Real("boundaries/seoul_gu_2017.geojson"), cw).Zones;
        var dongs = BoundaryReader.Read(SharedData.Real("boundaries/seoul_dong_2017.geojson"), cw).Zones;

        var catalog = ZoneCatalog.Build(gus, dongs, cw);

        Assert.Empty(catalog.Problems);
        Assert.Equal(25, catalog.Zones(ZoneLevel.Gu).Count);
        Assert.Equal(424, catalog.Zones(ZoneLevel.Dong).Count);
        Assert.Equal(19_153, catalog.Zones(ZoneLevel.Oa).Count);
        // The two 2017 files come from different sources, so check parents by location: a dong lies in its district.
        var prepared = catalog.Zones(ZoneLevel.Gu).ToDictionary(g => g.Code, g => PreparedGeometryFactory.Prepare(catalog.Geometry(g.Code)));
        var inParent = catalog.Zones(ZoneLevel.Dong).Count(d => prepared[d.ParentCode!].Contains(catalog.Geometry(d.Code)!.InteriorPoint));
        Assert.Equal(424, inParent);
    }
}
