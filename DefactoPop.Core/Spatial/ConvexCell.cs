using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace DefactoPop.Core.Spatial;

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

    /// <summary>
    /// The cell of site i (see <see cref="Cell"/>) clipped to <paramref name="clip"/>, polygonal parts only; empty when the cell vanishes.
    /// With <paramref name="clipToParent"/> false the unclipped cell is returned; a cell that <paramref name="preparedClip"/> contains is not clipped.
    /// </summary>
    public static Geometry ClippedCell(IReadOnlyList<(double X, double Y)> sites, double[]? weights, int i, Envelope box, Geometry clip, GeometryFactory gf,
        IPreparedGeometry? preparedClip = null, bool clipToParent = true)
    {
        var poly = ToPolygon(Cell(sites, weights, i, box), gf);
        if (poly is null)
            return gf.CreatePolygon();
        if (!clipToParent || (preparedClip is not null && preparedClip.Contains(poly)))
            return poly;
        return Polygonal(clip.Intersection(poly), gf);
    }

    /// <summary>The polygonal part of an overlay result (points and lines dropped).</summary>
    public static Geometry Polygonal(Geometry g, GeometryFactory gf) =>
        g is Polygon or MultiPolygon ? g : PolygonsWhere(g, p => !p.IsEmpty, gf);

    /// <summary>The polygons of g that pass <paramref name="keep"/>, as one polygon or a multipolygon.</summary>
    public static Geometry PolygonsWhere(Geometry g, Func<Polygon, bool> keep, GeometryFactory gf)
    {
        var polys = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is Polygon p && keep(p))
                polys.Add(p);
        }
        return polys.Count == 1 ? polys[0] : gf.CreateMultiPolygon([.. polys]);
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
