using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Synthetic;

/// <summary>Voronoi and power-diagram cells by clipping a convex polygon with half-planes.</summary>
internal static class ConvexCell
{
    /// <summary>
    /// Cell of site i among sites (power distance |x-p|² - w), clipped to box.
    /// With all weights zero this is the ordinary Voronoi cell.
    /// </summary>
    public static List<(double X, double Y)> Cell(IReadOnlyList<(double X, double Y)> sites, double[]? weights, int i, Envelope box)
    {
        var poly = new List<(double X, double Y)>
        {
            (box.MinX, box.MinY), (box.MaxX, box.MinY), (box.MaxX, box.MaxY), (box.MinX, box.MaxY),
        };
        var (px, py) = sites[i];
        var wi = weights?[i] ?? 0;
        // Nearest sites first, so the cell shrinks fast and far sites can be skipped.
        var order = new int[sites.Count];
        var dist = new double[sites.Count];
        for (var j = 0; j < sites.Count; j++)
        {
            order[j] = j;
            dist[j] = Sq(sites[j].X - px) + Sq(sites[j].Y - py);
        }
        Array.Sort(dist, order);
        for (var k = 0; k < order.Length && poly.Count > 0; k++)
        {
            var j = order[k];
            if (j == i)
                continue;
            if (weights is null)
            {
                // A site farther than twice the cell's radius cannot cut it.
                var r2 = 0.0;
                foreach (var (x, y) in poly)
                    r2 = Math.Max(r2, Sq(x - px) + Sq(y - py));
                if (dist[k] > 4 * r2)
                    break;
            }
            var (qx, qy) = sites[j];
            var wj = weights?[j] ?? 0;
            // |x-p|² - wi <= |x-q|² - wj  <=>  2x·(q-p) <= |q|² - |p|² - wj + wi
            var a = 2 * (qx - px);
            var b = 2 * (qy - py);
            var c = qx * qx + qy * qy - px * px - py * py - wj + wi;
            poly = Clip(poly, a, b, c);
        }
        return poly;
    }

    public static Polygon? ToPolygon(List<(double X, double Y)> ring, GeometryFactory gf)
    {
        if (ring.Count < 3)
            return null;
        var coords = new Coordinate[ring.Count + 1];
        for (var k = 0; k < ring.Count; k++)
            coords[k] = new Coordinate(ring[k].X, ring[k].Y);
        coords[^1] = coords[0].Copy();
        var p = gf.CreatePolygon(coords);
        return p.Area > 1e-12 ? p : null;
    }

    private static List<(double X, double Y)> Clip(List<(double X, double Y)> poly, double a, double b, double c)
    {
        var result = new List<(double X, double Y)>(poly.Count + 1);
        for (var k = 0; k < poly.Count; k++)
        {
            var cur = poly[k];
            var next = poly[(k + 1) % poly.Count];
            var fc = a * cur.X + b * cur.Y - c;
            var fn = a * next.X + b * next.Y - c;
            if (fc <= 0)
                result.Add(cur);
            if ((fc < 0 && fn > 0) || (fc > 0 && fn < 0))
            {
                var t = fc / (fc - fn);
                result.Add((cur.X + t * (next.X - cur.X), cur.Y + t * (next.Y - cur.Y)));
            }
        }
        return result;
    }

    private static double Sq(double v) => v * v;
}
