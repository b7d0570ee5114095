using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Spatial;

/// <summary>
/// Equirectangular projection around an origin, in the unit of its scale factors; good to well under 1 % within Seoul.
/// <see cref="SeoulKm"/> lays out the synthetic city in km; <see cref="MetresAroundMean"/> serves the radio network and the error grid.
/// </summary>
public sealed class LocalProjection
{
    private const double MetresPerDegreeLat = 110_940.0;
    private const double MetresPerDegreeLonAtEquator = 111_320.0;

    public LocalProjection(double lat0, double lon0, double unitsPerDegreeLat, double unitsPerDegreeLon)
    {
        Lat0 = lat0;
        Lon0 = lon0;
        UnitsPerDegreeLat = unitsPerDegreeLat;
        UnitsPerDegreeLon = unitsPerDegreeLon;
    }

    /// <summary>Kilometres around 37.55N 126.99E, the synthetic city's plane.</summary>
    public static LocalProjection SeoulKm { get; } = new(37.55, 126.99, 110.988, 88.386);

    public double Lat0 { get; }
    public double Lon0 { get; }
    public double UnitsPerDegreeLat { get; }
    public double UnitsPerDegreeLon { get; }

    /// <summary>Metres around the given origin.</summary>
    public static LocalProjection MetresAround(double lat0, double lon0) =>
        new(lat0, lon0, MetresPerDegreeLat, MetresPerDegreeLonAtEquator * Math.Cos(lat0 * Math.PI / 180.0));

    /// <summary>Metres around the mean of the points (e.g. a city's OA centroids).</summary>
    public static LocalProjection MetresAroundMean(ReadOnlySpan<double> lat, ReadOnlySpan<double> lon)
    {
        double sumLat = 0, sumLon = 0;
        for (var i = 0; i < lat.Length; i++)
        {
            sumLat += lat[i];
            sumLon += lon[i];
        }
        var n = Math.Max(1, lat.Length);
        return MetresAround(sumLat / n, sumLon / n);
    }

    public double X(double lon) => (lon - Lon0) * UnitsPerDegreeLon;
    public double Y(double lat) => (lat - Lat0) * UnitsPerDegreeLat;
    public double Lon(double x) => Lon0 + x / UnitsPerDegreeLon;
    public double Lat(double y) => Lat0 + y / UnitsPerDegreeLat;

    public Coordinate ToPlane(double lat, double lon) => new(X(lon), Y(lat));

    /// <summary>Projected points (x, y).</summary>
    public (double[] X, double[] Y) Project(ReadOnlySpan<double> lat, ReadOnlySpan<double> lon)
    {
        var x = new double[lat.Length];
        var y = new double[lat.Length];
        for (var i = 0; i < lat.Length; i++)
        {
            x[i] = X(lon[i]);
            y[i] = Y(lat[i]);
        }
        return (x, y);
    }

    /// <summary>A copy of a projected geometry in lon/lat, coordinates rounded to 5 decimals.</summary>
    public Geometry ToLonLat(Geometry projected)
    {
        var g = projected.Copy();
        g.Apply(new RoundingFilter(this));
        g.GeometryChanged();
        return g;
    }

    private sealed class RoundingFilter(LocalProjection projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(projection.Lon(seq.GetX(i)), 5));
                seq.SetY(i, Math.Round(projection.Lat(seq.GetY(i)), 5));
            }
        }
    }
}
