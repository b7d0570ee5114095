using System.Text.Json;

namespace DefactoPop.Web.Data.Siting;

/// <summary>The area-weighted centroid of a stored zone geometry (GeoJSON Polygon or MultiPolygon, WGS84, outer rings).</summary>
public static class ZoneCentroids
{
    public static (double Lon, double Lat)? Of(string? geoJson)
    {
        if (string.IsNullOrEmpty(geoJson))
            return null;
        using var doc = JsonDocument.Parse(geoJson);
        var root = doc.RootElement;
        if (root.TryGetProperty("geometry", out var geometry))
            root = geometry;
        if (!root.TryGetProperty("coordinates", out var coordinates))
            return null;
        var type = root.GetProperty("type").GetString();
        double area = 0, cx = 0, cy = 0;
        void Ring(JsonElement ring)
        {
            var pts = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToArray();
            for (var i = 0; i + 1 < pts.Length; i++)
            {
                var cross = pts[i].X * pts[i + 1].Y - pts[i + 1].X * pts[i].Y;
                area += cross;
                cx += (pts[i].X + pts[i + 1].X) * cross;
                cy += (pts[i].Y + pts[i + 1].Y) * cross;
            }
        }
        if (type == "Polygon")
            Ring(coordinates[0]);
        else if (type == "MultiPolygon")
        {
            foreach (var polygon in coordinates.EnumerateArray())
                Ring(polygon[0]);
        }
        else
            return null;
        if (Math.Abs(area) < 1e-14)
        {
            // Degenerate ring: the mean of the first ring's points.
            var first = type == "Polygon" ? coordinates[0] : coordinates[0][0];
            var pts = first.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToArray();
            return pts.Length == 0 ? null : (pts.Average(p => p.X), pts.Average(p => p.Y));
        }
        return (cx / (3 * area), cy / (3 * area));
    }
}
