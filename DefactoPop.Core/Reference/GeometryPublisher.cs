using System.Globalization;
using System.Text;
using System.Text.Json;
using DefactoPop.Core.Domain;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Compact GeoJSON for the map: one FeatureCollection per level, features ordered by code with properties
/// code, name, nameEn; geometries simplified (topology preserving) and rounded to 5 decimals (~1 m).
/// A polygon that simplification or rounding would lose is kept from the unsimplified geometry.
/// </summary>
public static class GeometryPublisher
{
    /// <summary>Default simplification tolerance in degrees (~10 m).</summary>
    public const double DefaultTolerance = 0.0001;

    private const double Scale = 100_000;

    /// <summary>A UTF-8 GeoJSON FeatureCollection of the zones of <paramref name="level"/>.</summary>
    public static byte[] Publish(IEnumerable<ZoneBoundary> zones, ZoneLevel level, double tolerance = DefaultTolerance) =>
        Publish(zones.Where(z => z.Level == level).Select(z => (z.Code, z.NameKo, z.NameEn, z.Geometry)), tolerance);

    /// <summary>A UTF-8 GeoJSON FeatureCollection of (code, Korean name, English name, WGS84 geometry).</summary>
    public static byte[] Publish(IEnumerable<(string Code, string Name, string? NameEn, Geometry Geometry)> zones, double tolerance = DefaultTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var z in zones.OrderBy(z => z.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("properties");
                w.WriteString("code", z.Code);
                w.WriteString("name", z.Name);
                if (z.NameEn is null)
                    w.WriteNull("nameEn");
                else
                    w.WriteString("nameEn", z.NameEn);
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                WriteGeometry(w, Simplify(z.Geometry, tolerance));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>One geometry as a GeoJSON string, coordinates rounded to 5 decimals, not simplified.</summary>
    public static string ToGeoJson(Geometry geometry)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
            WriteGeometry(w, geometry);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The topology-preserving simplification of <paramref name="geometry"/>, or the geometry itself when
    /// simplifying would drop a polygon or collapse one to nothing once rounded to 5 decimals.
    /// </summary>
    public static Geometry Simplify(Geometry geometry, double tolerance)
    {
        if (tolerance <= 0 || geometry.IsEmpty)
            return geometry;
        var simplified = TopologyPreservingSimplifier.Simplify(geometry, tolerance);
        return Survives(geometry, simplified) ? simplified : geometry;
    }

    private static bool Survives(Geometry original, Geometry simplified)
    {
        if (simplified.IsEmpty || simplified.NumGeometries != original.NumGeometries)
            return false;
        for (var i = 0; i < original.NumGeometries; i++)
        {
            if (original.GetGeometryN(i) is Polygon p)
            {
                if (simplified.GetGeometryN(i) is not Polygon s || RoundedRing(s.ExteriorRing.Coordinates).Count < 4)
                    return false;
                if (RoundedRing(p.ExteriorRing.Coordinates).Count >= 4 && RoundedArea(s.ExteriorRing.Coordinates) == 0)
                    return false;
            }
        }
        return true;
    }

    private static void WriteGeometry(Utf8JsonWriter w, Geometry g)
    {
        // Multi-geometries derive from GeometryCollection, so they are matched first.
        var type = g switch
        {
            Point => "Point",
            LineString => "LineString",
            Polygon => "Polygon",
            MultiPoint => "MultiPoint",
            MultiLineString => "MultiLineString",
            MultiPolygon => "MultiPolygon",
            GeometryCollection => "GeometryCollection",
            _ => throw new NotSupportedException($"Geometry type {g.GeometryType} is not supported."),
        };
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WritePropertyName(type == "GeometryCollection" ? "geometries" : "coordinates");
        switch (g)
        {
            case Point p:
                WritePosition(w, p.X, p.Y);
                break;
            case LineString or MultiPoint:
                WritePositions(w, Rounded(g.Coordinates));
                break;
            case Polygon p:
                WritePolygon(w, p);
                break;
            default:
                w.WriteStartArray();
                for (var i = 0; i < g.NumGeometries; i++)
                {
                    var part = g.GetGeometryN(i);
                    if (g is MultiLineString)
                        WritePositions(w, Rounded(part.Coordinates));
                    else if (g is MultiPolygon)
                        WritePolygon(w, (Polygon)part);
                    else
                        WriteGeometry(w, part);
                }
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        var shell = RoundedRing(p.ExteriorRing.Coordinates);
        // A shell that rounding collapses is written point for point so the polygon stays on the map.
        WritePositions(w, shell.Count >= 4 ? shell : Rounded(p.ExteriorRing.Coordinates));
        foreach (var hole in p.InteriorRings)
        {
            var ring = RoundedRing(hole.Coordinates);
            if (ring.Count >= 4)
                WritePositions(w, ring);
        }
        w.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter w, List<(double X, double Y)> points)
    {
        w.WriteStartArray();
        foreach (var (x, y) in points)
            WritePosition(w, x, y);
        w.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter w, double x, double y)
    {
        w.WriteStartArray();
        w.WriteRawValue(Format(x), skipInputValidation: true);
        w.WriteRawValue(Format(y), skipInputValidation: true);
        w.WriteEndArray();
    }

    private static string Format(double v)
    {
        var r = Round(v);
        return (r == 0 ? 0 : r).ToString("0.#####", CultureInfo.InvariantCulture);
    }

    private static double Round(double v) => Math.Round(v * Scale, MidpointRounding.AwayFromZero) / Scale;

    private static List<(double X, double Y)> Rounded(Coordinate[] coords) => [.. coords.Select(c => (Round(c.X), Round(c.Y)))];

    /// <summary>Rounded ring without consecutive repeats (still closed).</summary>
    private static List<(double X, double Y)> RoundedRing(Coordinate[] coords)
    {
        var list = new List<(double X, double Y)>(coords.Length);
        foreach (var c in coords)
        {
            var p = (Round(c.X), Round(c.Y));
            if (list.Count == 0 || list[^1] != p)
                list.Add(p);
        }
        return list;
    }

    private static double RoundedArea(Coordinate[] coords)
    {
        var ring = RoundedRing(coords);
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
            sum += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        return Math.Abs(sum) / 2;
    }
}
