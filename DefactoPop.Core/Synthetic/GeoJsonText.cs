using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Synthetic;

/// <summary>Compact GeoJSON geometry text for polygons, coordinates as already rounded.</summary>
internal static class GeoJsonText
{
    public static string Write(Geometry g)
    {
        var sb = new StringBuilder(256);
        switch (g)
        {
            case Polygon p:
                sb.Append("{\"type\":\"Polygon\",\"coordinates\":");
                AppendPolygon(sb, p);
                break;
            case MultiPolygon mp:
                sb.Append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (var i = 0; i < mp.NumGeometries; i++)
                {
                    if (i > 0)
                        sb.Append(',');
                    AppendPolygon(sb, (Polygon)mp.GetGeometryN(i));
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"Not polygonal: {g.GeometryType}", nameof(g));
        }
        sb.Append('}');
        return sb.ToString();
    }

    private static void AppendPolygon(StringBuilder sb, Polygon p)
    {
        sb.Append('[');
        AppendRing(sb, p.ExteriorRing);
        foreach (var hole in p.InteriorRings)
        {
            sb.Append(',');
            AppendRing(sb, hole);
        }
        sb.Append(']');
    }

    private static void AppendRing(StringBuilder sb, LineString ring)
    {
        sb.Append('[');
        var seq = ring.CoordinateSequence;
        for (var i = 0; i < seq.Count; i++)
        {
            if (i > 0)
                sb.Append(',');
            sb.Append('[')
              .Append(seq.GetX(i).ToString("0.#####", CultureInfo.InvariantCulture))
              .Append(',')
              .Append(seq.GetY(i).ToString("0.#####", CultureInfo.InvariantCulture))
              .Append(']');
        }
        sb.Append(']');
    }
}
