using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Core.Siting;

/// <summary>Turns stored point layers (imported or synthetic) into the <see cref="SitingLayers"/> the workbenches read.</summary>
public static class SitingLayerSet
{
    /// <summary>
    /// Shelters split into 경로당 (senior centres) and 복지관 (welfare centres) by category or name; other shelters are
    /// left out. Route stops are grouped by route id (Category) and ordered by Value; the route's origin is the first
    /// stop's DongCode and its seats per hour the largest Capacity. Temperature is the surface grid when there is one
    /// (<see cref="SitingLayers.TemperatureIsSurface"/> true), else the stations. Points without coordinates are skipped.
    /// </summary>
    public static SitingLayers From(IEnumerable<(PointLayerKind Kind, LayerPoint Point)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var byKind = points.Where(p => double.IsFinite(p.Point.Lon) && double.IsFinite(p.Point.Lat))
            .GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Select(p => p.Point).ToList());
        List<LayerPoint> Of(PointLayerKind kind) => byKind.GetValueOrDefault(kind) ?? [];

        var seniors = Of(PointLayerKind.HeatShelter).Where(p => p.IsSeniorFacility).ToList();
        var welfare = seniors.Where(IsWelfareCentre).ToList();
        var surface = Of(PointLayerKind.SurfaceTemperature);
        var stations = Of(PointLayerKind.WeatherStation).Where(p => p.Value is not null).ToList();
        return new SitingLayers
        {
            Canopies = Places(Of(PointLayerKind.ShadeCanopy)),
            SeniorCentres = Places(seniors.Except(welfare)),
            WelfareCentres = Places(welfare),
            Crosswalks = Places(Of(PointLayerKind.Crosswalk)),
            BusStops = Places(Of(PointLayerKind.BusStop)),
            BusRoutes = Routes(Of(PointLayerKind.BusRouteStop)),
            Temperature = Places(surface.Count > 0 ? surface : stations),
            TemperatureIsSurface = surface.Count > 0,
            Shops = Places(Of(PointLayerKind.Shop)),
        };
    }

    /// <summary>A 노인복지관 (or another 복지관) rather than a 경로당.</summary>
    public static bool IsWelfareCentre(LayerPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Category == "노인복지관" || (point.Name.Contains("복지관", StringComparison.Ordinal)
            && !point.Name.Contains("경로당", StringComparison.Ordinal) && !point.Name.Contains("경노당", StringComparison.Ordinal));
    }

    public static SitingPlace Place(LayerPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return SitingPlace.Of(p.Id, p.Name, p.Lon, p.Lat) with { Category = p.Category, Value = p.Value, Capacity = p.Capacity };
    }

    private static List<SitingPlace> Places(IEnumerable<LayerPoint> points) => [.. points.Select(Place)];

    private static List<BusRoute> Routes(IEnumerable<LayerPoint> stops) =>
    [
        .. stops.Where(s => s.Category is not null)
            .GroupBy(s => s.Category!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.Value ?? double.MaxValue).ThenBy(s => s.Line).ToList();
                var name = $"{g.Key} {ordered[0].Name}–{ordered[^1].Name}";
                return new BusRoute(g.Key, name, ordered[0].DongCode, ordered.Max(s => s.Capacity ?? 0), Places(ordered));
            }),
    ];
}
