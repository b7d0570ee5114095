using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Synthetic;

/// <summary>Equirectangular projection to kilometres around 37.55N 126.99E; good to well under 1% within Seoul.</summary>
internal static class LocalProjection
{
    public const double Lat0 = 37.55, Lon0 = 126.99;
    public const double KmPerDegLat = 110.988, KmPerDegLon = 88.386;

    public static double X(double lon) => (lon - Lon0) * KmPerDegLon;
    public static double Y(double lat) => (lat - Lat0) * KmPerDegLat;
    public static double Lon(double x) => Lon0 + x / KmPerDegLon;
    public static double Lat(double y) => Lat0 + y / KmPerDegLat;

    public static Coordinate ToKm(double lat, double lon) => new(X(lon), Y(lat));

    /// <summary>A copy of a km geometry in lon/lat, coordinates rounded to 5 decimals.</summary>
    public static Geometry ToLonLat(Geometry km)
    {
        var g = km.Copy();
        g.Apply(new RoundingFilter());
        g.GeometryChanged();
        return g;
    }

    private sealed class RoundingFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(Lon(seq.GetX(i)), 5));
                seq.SetY(i, Math.Round(Lat(seq.GetY(i)), 5));
            }
        }
    }
}
