using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Observation;

/// <summary>Equirectangular projection to metres around the city's mean centroid; accurate to well under 1 % over Seoul.</summary>
public sealed class LocalProjection
{
    private const double MetresPerDegreeLat = 110_940.0;

    public LocalProjection(double lat0, double lon0)
    {
        Lat0 = lat0;
        Lon0 = lon0;
        MetresPerDegreeLon = 111_320.0 * Math.Cos(lat0 * Math.PI / 180.0);
    }

    public double Lat0 { get; }
    public double Lon0 { get; }
    public double MetresPerDegreeLon { get; }

    public static LocalProjection For(SyntheticCity city)
    {
        double lat = 0, lon = 0;
        for (var i = 0; i < city.OaCount; i++)
        {
            lat += city.OaLat[i];
            lon += city.OaLon[i];
        }
        var n = Math.Max(1, city.OaCount);
        return new LocalProjection(lat / n, lon / n);
    }

    public double X(double lon) => (lon - Lon0) * MetresPerDegreeLon;
    public double Y(double lat) => (lat - Lat0) * MetresPerDegreeLat;
    public double Lon(double x) => Lon0 + x / MetresPerDegreeLon;
    public double Lat(double y) => Lat0 + y / MetresPerDegreeLat;

    /// <summary>Projected OA centroids (x, y) in metres.</summary>
    public (double[] X, double[] Y) Project(SyntheticCity city)
    {
        var x = new double[city.OaCount];
        var y = new double[city.OaCount];
        for (var i = 0; i < city.OaCount; i++)
        {
            x[i] = X(city.OaLon[i]);
            y[i] = Y(city.OaLat[i]);
        }
        return (x, y);
    }
}
