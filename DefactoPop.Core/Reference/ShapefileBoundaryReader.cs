using System.Text;
using DefactoPop.Core.Import;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using ProjNet.CoordinateSystems;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads .shp/.dbf(/.prj) boundaries in EPSG:5179 or EPSG:5186 (as SGIS ships them) and reprojects them to WGS84.
/// Attributes are read as in <see cref="BoundaryReader"/>: TOT_REG_CD / TOT_OA_CD for 집계구, SIG_CD for districts,
/// ADM_CD / ADM_NM for dongs. Line in the issues is the 1-based record number.
/// </summary>
public static class ShapefileBoundaryReader
{
    static ShapefileBoundaryReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>cp949, the default encoding of SGIS .dbf files.</summary>
    public static Encoding Cp949 => Encoding.GetEncoding(949);

    /// <summary>
    /// Read a shapefile. The CRS comes from the .prj when there is one, else from <paramref name="crs"/>;
    /// with neither the file is refused.
    /// </summary>
    public static BoundarySet Read(string shpPath, ProjectedCrs? crs = null, Encoding? encoding = null, CodeCrosswalk? crosswalk = null)
    {
        var file = Path.GetFileName(shpPath);
        if (!File.Exists(shpPath))
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "file not found"));
        var source = ResolveCrs(shpPath, crs);
        var toWgs84 = KoreaCrs.ToWgs84(source);

        Feature[] features;
        try
        {
            features = Shapefile.ReadAllFeatures(shpPath, new ShapefileReaderOptions { Encoding = encoding ?? Cp949 });
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "unreadable shapefile: " + ex.Message));
        }
        if (features.Length == 0)
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "the shapefile has no records"));

        var projected = features.Select(f => (IFeature)new Feature(f.Geometry is null ? null : KoreaCrs.Transform(f.Geometry, toWgs84), f.Attributes));
        return BoundaryReader.FromFeatures(projected, file, crosswalk);
    }

    /// <summary>The source CRS: the .prj beside the .shp if present, else the explicit one.</summary>
    internal static CoordinateSystem ResolveCrs(string shpPath, ProjectedCrs? crs)
    {
        var file = Path.GetFileName(shpPath);
        var prj = Path.ChangeExtension(shpPath, ".prj");
        if (File.Exists(prj))
        {
            var wkt = File.ReadAllText(prj);
            try
            {
                var cs = KoreaCrs.ParseWkt(wkt);
                if (cs is ProjectedCoordinateSystem || cs is GeographicCoordinateSystem)
                    return cs;
            }
            catch (FormatException) when (crs is not null)
            {
                return KoreaCrs.ParseWkt(KoreaCrs.WktOf(crs.Value));
            }
            catch (FormatException ex)
            {
                throw new ImportFormatException(new ImportIssue(Path.GetFileName(prj), 1, 0, null, ex.Message));
            }
        }
        if (crs is null)
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "no .prj beside the shapefile and no CRS given (EPSG:5179 or 5186)"));
        return KoreaCrs.ParseWkt(KoreaCrs.WktOf(crs.Value));
    }
}
