using DefactoPop.Core.Reference;
using NetTopologySuite.Geometries;

namespace DefactoPop.Tests.Core.Reference;

public class KoreaCrsTests
{
    [Theory]
    [InlineData(ProjectedCrs.Epsg5179, 127.5, 38.0, 1_000_000, 2_000_000)]
    [InlineData(ProjectedCrs.Epsg5186, 127.0, 38.0, 200_000, 600_000)]
    public void FromWgs84_ProjectionOrigin_LandsOnFalseOrigin(ProjectedCrs crs, double lon, double lat, double x, double y)
    {
        var (px, py) = KoreaCrs.FromWgs84(crs).Transform(lon, lat);

        Assert.Equal(x, px, 1e-3);
        Assert.Equal(y, py, 1e-3);
    }

    [Theory]
    [InlineData(ProjectedCrs.Epsg5179)]
    [InlineData(ProjectedCrs.Epsg5186)]
    public void ToWgs84_RoundTrip_ReturnsThePoint(ProjectedCrs crs)
    {
        var (x, y) = KoreaCrs.FromWgs84(crs).Transform(126.9780, 37.5665);

        var (lon, lat) = KoreaCrs.ToWgs84(crs).Transform(x, y);

        Assert.Equal(126.9780, lon, 1e-9);
        Assert.Equal(37.5665, lat, 1e-9);
    }

    [Fact]
    public void FromWgs84_OneDegreeNorthAtOrigin_IsAbout111Km()
    {
        var t = KoreaCrs.FromWgs84(ProjectedCrs.Epsg5179);

        var (_, y0) = t.Transform(127.5, 37.0);
        var (_, y1) = t.Transform(127.5, 38.0);

        // Meridian arc 37°–38° on GRS80 is about 110,987 m, times the scale factor 0.9996.
        Assert.Equal(110_987 * 0.9996, y1 - y0, 3.0);
    }

    [Fact]
    public void Identify_EsriStyleWkt_RecognisesUnifiedCs()
    {
        const string esri = "PROJCS[\"Korea_2000_Korea_Unified_Coordinate_System\",GEOGCS[\"GCS_Korea_2000\",DATUM[\"D_Korea_2000\"," +
            "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]," +
            "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",1000000.0],PARAMETER[\"False_Northing\",2000000.0]," +
            "PARAMETER[\"Central_Meridian\",127.5],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",38.0],UNIT[\"Meter\",1.0]]";

        Assert.Equal(ProjectedCrs.Epsg5179, KoreaCrs.Identify(KoreaCrs.ParseWkt(esri)));
        Assert.Equal(ProjectedCrs.Epsg5186, KoreaCrs.Identify(KoreaCrs.ParseWkt(KoreaCrs.Wkt5186)));
    }

    [Fact]
    public void ParseWkt_Garbage_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => KoreaCrs.ParseWkt("PROJCS[nonsense"));
    }

    [Fact]
    public void AreaKm2_HundredthDegreeSquareInSeoul_IsAbout098Km2()
    {
        var f = new GeometryFactory();
        var square = f.CreatePolygon([new(127, 37.5), new(127.01, 37.5), new(127.01, 37.51), new(127, 37.51), new(127, 37.5)]);

        var area = KoreaCrs.AreaKm2(square, KoreaCrs.FromWgs84(ProjectedCrs.Epsg5179));

        // 0.01° of latitude ≈ 1.1094 km, 0.01° of longitude at 37.505° ≈ 0.8837 km.
        Assert.Equal(1.1094 * 0.8837, area, 0.01);
    }
}
