using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// The auxiliary point layers of a synthetic city, as the import would give them (WGS84 <see cref="LayerPoint"/>s, each
/// with a stable id and a Korean name), so they can be stored beside imported layers and read back through
/// <see cref="Siting.SitingLayerSet.From"/>:
/// 경로당 and 노인복지관 (<see cref="PointLayerKind.HeatShelter"/>), crosswalks, 그늘막, bus stops, bus routes
/// (<see cref="PointLayerKind.BusRouteStop"/>), a land-surface temperature grid and fast-food and cosmetics shops.
/// Deterministic from the seed; about a second for the full-size city.
/// </summary>
public static class SyntheticLayers
{
    public static IReadOnlyList<(PointLayerKind Kind, LayerPoint Point)> Build(SyntheticCity city, int seed)
    {
        ArgumentNullException.ThrowIfNull(city);
        var g = new LayerGeometry(city);
        Random Stream(int k) => new(CityGeometry.HashCode32(seed, 100 + k));

        var roads = RoadNet.Roads(g, Stream(0));
        var crosswalks = RoadNet.Crosswalks(g, roads, Stream(1));
        var stops = RoadNet.BusStops(g, roads, Stream(2));
        var layers = new List<(PointLayerKind, LayerPoint)>();
        void Add(PointLayerKind kind, IEnumerable<LayerPoint> points) => layers.AddRange(points.Select(p => (kind, p)));

        Add(PointLayerKind.HeatShelter, SeniorFacilities.Centres(g, Stream(3)));
        Add(PointLayerKind.HeatShelter, SeniorFacilities.WelfareCentres(g, Stream(4)));
        Add(PointLayerKind.Crosswalk, crosswalks);
        Add(PointLayerKind.ShadeCanopy, Canopies.At(g, crosswalks, Stream(5)));
        Add(PointLayerKind.BusStop, stops);
        Add(PointLayerKind.BusRouteStop, SyntheticBusRoutes.Routes(g, stops, Stream(6)));
        Add(PointLayerKind.SurfaceTemperature, SurfaceTemperatureField.Grid(g, Stream(7)));
        Add(PointLayerKind.Shop, ShopPoints.Shops(g, Stream(8)));
        return layers;
    }
}
