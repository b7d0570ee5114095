using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Reference;
using NetTopologySuite.Geometries;

namespace DefactoPop.Tests.Core.Reference;

public class GeometryPublisherTests
{
    private static readonly GeometryFactory s_factory = new();

    private static Polygon Square(double lon, double lat, double size) =>
        s_factory.CreatePolygon([new(lon, lat), new(lon + size, lat), new(lon + size, lat + size), new(lon, lat + size), new(lon, lat)]);

    private static Polygon Circle(double lon, double lat, double radius, int points)
    {
        var coords = Enumerable.Range(0, points)
            .Select(i => new Coordinate(lon + radius * Math.Cos(2 * Math.PI * i / points), lat + radius * Math.Sin(2 * Math.PI * i / points)))
            .ToList();
        coords.Add(coords[0]);
        return s_factory.CreatePolygon([.. coords]);
    }

    private static ZoneBoundary Zone(string code, ZoneLevel level, Geometry g, string? nameEn = null) =>
        new(code, level, "이름" + code, nameEn, g, 1, null, null);

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Publish_OneLevel_OrdersByCodeWithProperties()
    {
        ZoneBoundary[] zones =
        [
            Zone("11140", ZoneLevel.Gu, Square(126.99, 37.55, 0.01), "Jung-gu"),
            Zone("11140520", ZoneLevel.Dong, Square(126.97, 37.56, 0.01)),
            Zone("11110", ZoneLevel.Gu, Square(126.98, 37.57, 0.01)),
        ];

        var root = Parse(GeometryPublisher.Publish(zones, ZoneLevel.Gu));

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["11110", "11140"], features.Select(f => f.GetProperty("properties").GetProperty("code").GetString()));
        Assert.Equal("이름11140", features[1].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("Jung-gu", features[1].GetProperty("properties").GetProperty("nameEn").GetString());
        Assert.Equal(JsonValueKind.Null, features[0].GetProperty("properties").GetProperty("nameEn").ValueKind);
        Assert.Equal("Polygon", features[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void Publish_DenseRing_IsSimplifiedAndRounded()
    {
        var circle = Circle(126.978123456, 37.566543219, 0.01, 2000);

        var root = Parse(GeometryPublisher.Publish([Zone("11110", ZoneLevel.Gu, circle)], ZoneLevel.Gu));

        var ring = root.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().ToList();
        Assert.InRange(ring.Count, 10, 200);
        Assert.All(ring.SelectMany(p => p.EnumerateArray()), v => Assert.True(v.GetRawText().Split('.')[1].Length <= 5, v.GetRawText()));
        Assert.Equal(ring[0].ToString(), ring[^1].ToString());
    }

    [Fact]
    public void Publish_ZeroTolerance_KeepsEveryVertex()
    {
        var circle = Circle(127, 37.5, 0.01, 300);

        var root = Parse(GeometryPublisher.Publish([Zone("11110", ZoneLevel.Gu, circle)], ZoneLevel.Gu, tolerance: 0));

        Assert.Equal(301, root.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0].GetArrayLength());
    }

    [Fact]
    public void Publish_TinyPartOfMultiPolygon_DoesNotVanish()
    {
        var multi = s_factory.CreateMultiPolygon([Circle(127, 37.5, 0.01, 500), Square(127.05, 37.5, 0.00003), Square(127.06, 37.5, 0.000002)]);

        var root = Parse(GeometryPublisher.Publish([Zone("11110530", ZoneLevel.Dong, multi)], ZoneLevel.Dong));

        var polygons = root.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(3, polygons.GetArrayLength());
        Assert.All(polygons.EnumerateArray(), p => Assert.True(p[0].GetArrayLength() >= 4));
    }

    [Fact]
    public void Publish_ManySmallPolygons_NoneCollapsesWhenItsRoundedOriginalDoesNot()
    {
        var rng = new Random(42);
        var zones = new List<ZoneBoundary>();
        for (var i = 0; i < 300; i++)
        {
            var (lon, lat) = (127 + rng.NextDouble() * 0.1, 37.5 + rng.NextDouble() * 0.1);
            var coords = Enumerable.Range(0, 3 + rng.Next(6))
                .Select(k => new Coordinate(lon + rng.NextDouble() * 6e-5, lat + rng.NextDouble() * 6e-5)).ToList();
            coords.Add(coords[0]);
            var g = s_factory.CreatePolygon([.. coords]);
            if (g.IsValid)
                zones.Add(Zone($"11110{i:000}", ZoneLevel.Dong, g));
        }

        var features = Parse(GeometryPublisher.Publish(zones, ZoneLevel.Dong)).GetProperty("features").EnumerateArray().ToList();

        Assert.Equal(zones.Count, features.Count);
        foreach (var (zone, feature) in zones.OrderBy(z => z.Code, StringComparer.Ordinal).Zip(features))
        {
            var published = feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray()
                .Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();
            var roundedOriginal = zone.Geometry.Coordinates.Select(c => new Coordinate(Math.Round(c.X, 5), Math.Round(c.Y, 5))).ToArray();
            Assert.True(published.Length >= 4);
            if (Math.Abs(NetTopologySuite.Algorithm.Area.OfRing(roundedOriginal)) > 0)
                Assert.True(NetTopologySuite.Algorithm.Area.OfRing(published) > 0, zone.Code);
        }
    }

    [Fact]
    public void ToGeoJson_Polygon_WritesFiveDecimals()
    {
        var json = GeometryPublisher.ToGeoJson(Square(126.9780004, 37.5665, 0.001234567));

        Assert.Equal(
            "{\"type\":\"Polygon\",\"coordinates\":[[[126.978,37.5665],[126.97923,37.5665],[126.97923,37.56773],[126.978,37.56773],[126.978,37.5665]]]}",
            json);
    }

    [Fact]
    public void ToGeoJson_PointAndMultiPolygon_AreValidGeoJson()
    {
        var point = GeometryPublisher.ToGeoJson(s_factory.CreatePoint(new Coordinate(127.123456789, 37.1)));
        var multi = JsonDocument.Parse(GeometryPublisher.ToGeoJson(s_factory.CreateMultiPolygon([Square(127, 37, 0.1), Square(128, 37, 0.1)]))).RootElement;

        Assert.Equal("{\"type\":\"Point\",\"coordinates\":[127.12346,37.1]}", point);
        Assert.Equal("MultiPolygon", multi.GetProperty("type").GetString());
        Assert.Equal(2, multi.GetProperty("coordinates").GetArrayLength());
    }
}
