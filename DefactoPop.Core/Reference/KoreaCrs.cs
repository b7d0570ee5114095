using System.Globalization;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace DefactoPop.Core.Reference;

/// <summary>WKT definitions of EPSG:5179 / 5186 and reprojection of NTS geometries to and from WGS84.</summary>
public static class KoreaCrs
{
    private const string Korea2000 =
        "GEOGCS[\"Korea 2000\",DATUM[\"Geocentric_datum_of_Korea\",SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]]," +
        "AUTHORITY[\"EPSG\",\"6737\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4737\"]]";

    /// <summary>EPSG:5179 as OGC WKT.</summary>
    public static readonly string Wkt5179 = Projected("Korea 2000 / Unified CS", 38, 127.5, 0.9996, 1_000_000, 2_000_000, 5179);

    /// <summary>EPSG:5186 as OGC WKT.</summary>
    public static readonly string Wkt5186 = Projected("Korea 2000 / Central Belt 2010", 38, 127, 1, 200_000, 600_000, 5186);

    /// <summary>EPSG:5181 as OGC WKT.</summary>
    public static readonly string Wkt5181 = Projected("Korea 2000 / Central Belt", 38, 127, 1, 200_000, 500_000, 5181);

    public static string WktOf(ProjectedCrs crs) => crs switch
    {
        ProjectedCrs.Epsg5179 => Wkt5179,
        ProjectedCrs.Epsg5186 => Wkt5186,
        ProjectedCrs.Epsg5181 => Wkt5181,
        _ => throw new ArgumentOutOfRangeException(nameof(crs)),
    };

    /// <summary>Parse a .prj (OGC or ESRI WKT). Throws FormatException when ProjNET cannot read it.</summary>
    public static CoordinateSystem ParseWkt(string wkt)
    {
        try
        {
            return new CoordinateSystemFactory().CreateFromWkt(wkt.Trim());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FormatException("Unreadable coordinate system WKT: " + ex.Message, ex);
        }
    }

    /// <summary>Which of the two Korean systems a parsed CRS is, by its projection parameters; null for anything else.</summary>
    public static ProjectedCrs? Identify(CoordinateSystem cs)
    {
        if (cs is not ProjectedCoordinateSystem p)
            return null;
        double? Param(string name)
        {
            for (var i = 0; i < p.Projection.NumParameters; i++)
            {
                var prm = p.Projection.GetParameter(i);
                if (string.Equals(prm.Name, name, StringComparison.OrdinalIgnoreCase))
                    return prm.Value;
            }
            return null;
        }
        var lon0 = Param("central_meridian");
        var fe = Param("false_easting");
        var fn = Param("false_northing");
        if (lon0 is null || fe is null || fn is null)
            return null;
        if (Near(lon0.Value, 127.5) && Near(fe.Value, 1_000_000) && Near(fn.Value, 2_000_000))
            return ProjectedCrs.Epsg5179;
        if (Near(lon0.Value, 127) && Near(fe.Value, 200_000) && Near(fn.Value, 600_000))
            return ProjectedCrs.Epsg5186;
        return null;
    }

    /// <summary>
    /// A transform from <paramref name="source"/> to WGS84 lon/lat. Korea 2000 (GRS80, ITRF-based) is taken as
    /// WGS84, as EPSG does (null transformation): a projected system is inverted onto its own geographic system,
    /// which avoids ProjNET's geocentric round trip and its millimetre errors.
    /// </summary>
    public static MathTransform ToWgs84(CoordinateSystem source) => source is ProjectedCoordinateSystem p
        ? new CoordinateTransformationFactory().CreateFromCoordinateSystems(p, p.GeographicCoordinateSystem).MathTransform
        : new CoordinateTransformationFactory().CreateFromCoordinateSystems(source, GeographicCoordinateSystem.WGS84).MathTransform;

    public static MathTransform ToWgs84(ProjectedCrs crs) => ToWgs84(ParseWkt(WktOf(crs)));

    /// <summary>A transform from WGS84 lon/lat to <paramref name="crs"/>.</summary>
    public static MathTransform FromWgs84(ProjectedCrs crs)
    {
        var p = (ProjectedCoordinateSystem)ParseWkt(WktOf(crs));
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(p.GeographicCoordinateSystem, p).MathTransform;
    }

    /// <summary>A copy of <paramref name="geometry"/> with every coordinate passed through <paramref name="transform"/>.</summary>
    public static Geometry Transform(Geometry geometry, MathTransform transform)
    {
        var copy = geometry.Copy();
        copy.Apply(new TransformFilter(transform));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>Area in km² of a WGS84 geometry, measured in EPSG:5179.</summary>
    public static double AreaKm2(Geometry wgs84, MathTransform toUtmK) => Transform(wgs84, toUtmK).Area / 1e6;

    private static bool Near(double a, double b) => Math.Abs(a - b) < 1e-6 * Math.Max(1, Math.Abs(b));

    private static string Projected(string name, double lat0, double lon0, double k, double fe, double fn, int epsg) =>
        string.Create(CultureInfo.InvariantCulture,
            $"PROJCS[\"{name}\",{Korea2000},PROJECTION[\"Transverse_Mercator\"]," +
            $"PARAMETER[\"latitude_of_origin\",{lat0}],PARAMETER[\"central_meridian\",{lon0}],PARAMETER[\"scale_factor\",{k}]," +
            $"PARAMETER[\"false_easting\",{fe}],PARAMETER[\"false_northing\",{fn}]," +
            $"UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"{epsg}\"]]");

    private sealed class TransformFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
