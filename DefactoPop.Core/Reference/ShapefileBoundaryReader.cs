using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using ProjNet.CoordinateSystems;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads .shp/.dbf(/.prj) boundaries in EPSG:5179 or EPSG:5186 (as SGIS ships them) and reprojects them to WGS84.
/// 집계구 features are keyed by TOT_REG_CD or TOT_OA_CD; anything else is read like the GeoJSON files
/// (SIG_CD for districts, ADM_CD / ADM_NM for dongs).
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
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException or FileNotFoundException)
        {
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "unreadable shapefile: " + ex.Message));
        }
        if (features.Length == 0)
            throw new ImportFormatException(new ImportIssue(file, 0, 0, null, "the shapefile has no records"));

        var projected = features.Select(f => (IFeature)new Feature(f.Geometry is null ? null : KoreaCrs.Transform(f.Geometry, toWgs84), f.Attributes)).ToList();
        if (FeatureAttributes.Has(projected[0].Attributes, "TOT_REG_CD") || FeatureAttributes.Has(projected[0].Attributes, "TOT_OA_CD"))
            return ReadOas(projected, file, crosswalk);
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

    private static BoundarySet ReadOas(List<IFeature> features, string file, CodeCrosswalk? crosswalk)
    {
        var toUtmK = KoreaCrs.FromWgs84(ProjectedCrs.Epsg5179);
        var errors = new List<ImportIssue>();
        var unjoined = new List<ImportIssue>();
        var zones = new Dictionary<string, ZoneBoundary>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var n = i + 1;
            var f = features[i];
            var code = FeatureAttributes.Text(f.Attributes, "TOT_REG_CD", "TOT_OA_CD");
            if (code is null || !ZoneCodes.IsOa(code))
            {
                errors.Add(new ImportIssue(file, n, 0, "TOT_REG_CD", $"record {n}: '{code}' is not a 13-digit 집계구 code"));
                continue;
            }
            if (f.Geometry is null || f.Geometry.IsEmpty)
            {
                errors.Add(new ImportIssue(file, n, 0, "geometry", $"record {n} ({code}) has no geometry"));
                continue;
            }
            var geometry = f.Geometry;
            geometry.SRID = 4326;
            var parent = crosswalk?.DongOfOa(code);
            if (crosswalk is not null && parent is null)
                unjoined.Add(new ImportIssue(file, n, 0, "TOT_REG_CD", $"record {n}: 집계구 {code} has no dong in the crosswalk"));
            if (!zones.TryAdd(code, new ZoneBoundary(code, ZoneLevel.Oa, code, null, geometry, KoreaCrs.AreaKm2(geometry, toUtmK), null, parent)))
                unjoined.Add(new ImportIssue(file, n, 0, "TOT_REG_CD", $"record {n}: 집계구 {code} repeats; kept the first"));
            if (errors.Count >= 100)
                break;
        }
        if (errors.Count > 0)
            throw new ImportFormatException(errors);
        return new BoundarySet([.. zones.Values.OrderBy(z => z.Code, StringComparer.Ordinal)], unjoined);
    }
}
