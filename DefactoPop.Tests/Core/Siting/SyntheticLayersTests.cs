using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Synthetic.Layers;

namespace DefactoPop.Tests.Core.Siting;

public sealed class SyntheticLayersTests
{
    private static readonly Lazy<SyntheticCity> s_city = new(() => SyntheticCityBuilder.Build(1, new CityOptions { OaTarget = 1_000 }));
    private static readonly Lazy<IReadOnlyList<(PointLayerKind Kind, LayerPoint Point)>> s_layers = new(() => SyntheticLayers.Build(s_city.Value, 7));

    private static List<LayerPoint> Of(PointLayerKind kind) => [.. s_layers.Value.Where(p => p.Kind == kind).Select(p => p.Point)];

    [Fact]
    public void Build_SmallCity_CountsInTheRangesOfSeoul()
    {
        var shelters = Of(PointLayerKind.HeatShelter);
        var centres = shelters.Count(p => p.Category == "경로당");
        var welfare = shelters.Count(p => p.Category == "노인복지관");

        Assert.InRange(centres, 3_300, 3_900);
        Assert.Equal(64, welfare);
        Assert.InRange(Of(PointLayerKind.Crosswalk).Count, 8_000, 12_000);
        Assert.InRange(Of(PointLayerKind.ShadeCanopy).Count, 3_000, 3_500);
        Assert.InRange(Of(PointLayerKind.BusStop).Count, 9_500, 12_500);
        Assert.InRange(Of(PointLayerKind.Shop).Count(p => p.Category == ShopCategory.FastFood), 1_400, 1_600);
        Assert.InRange(Of(PointLayerKind.Shop).Count(p => p.Category == ShopCategory.Cosmetics), 1_100, 1_300);
        // 500 m grid over about 605 km² of city.
        Assert.InRange(Of(PointLayerKind.SurfaceTemperature).Count, 2_000, 3_000);
    }

    [Fact]
    public void Build_SameSeed_SameLayers_OtherSeed_Different()
    {
        var again = SyntheticLayers.Build(s_city.Value, 7);
        var other = SyntheticLayers.Build(s_city.Value, 8);

        Assert.Equal(s_layers.Value, again);
        Assert.NotEqual(s_layers.Value.Select(p => p.Point), other.Select(p => p.Point));
    }

    [Fact]
    public void Build_Points_StableUniqueIdsKoreanNamesInSeoul()
    {
        var all = s_layers.Value;

        Assert.Equal(all.Count, all.Select(p => p.Point.Id).Distinct().Count());
        Assert.All(all, p => Assert.Matches("[가-힣]", p.Point.Name));
        // Route terminals may lie outside Seoul (the origin's city hall); everything else is inside the box.
        Assert.All(all.Where(p => p.Kind != PointLayerKind.BusRouteStop), p =>
        {
            Assert.InRange(p.Point.Lon, SeoulFacts.MinLon - 0.02, SeoulFacts.MaxLon + 0.02);
            Assert.InRange(p.Point.Lat, SeoulFacts.MinLat - 0.02, SeoulFacts.MaxLat + 0.02);
        });
    }

    [Fact]
    public void Build_SeniorFacilities_NamedSoTheyAreSeniorFacilities_OneToFourWelfareCentresPerDistrict()
    {
        var shelters = Of(PointLayerKind.HeatShelter);

        Assert.All(shelters, p => Assert.True(p.IsSeniorFacility, p.Name));
        Assert.All(shelters.Where(p => p.Category == "경로당"), p => Assert.EndsWith("경로당", p.Name, StringComparison.Ordinal));
        var perDistrict = shelters.Where(p => p.Category == "노인복지관").GroupBy(p => p.DongCode![..5]).Select(g => g.Count()).ToList();
        Assert.Equal(25, perDistrict.Count);
        Assert.All(perDistrict, c => Assert.InRange(c, 1, 4));
    }

    [Fact]
    public void Build_Crosswalks_WidthsWithinBoundsLanesFromWidth()
    {
        Assert.All(Of(PointLayerKind.Crosswalk), c =>
        {
            Assert.InRange(c.Value!.Value, 6, 50);
            Assert.Equal(Math.Max(1, Math.Round(c.Value.Value / 3.25)), c.Capacity);
        });
        Assert.Contains(Of(PointLayerKind.Crosswalk), c => c.Value >= 40);
        Assert.Contains(Of(PointLayerKind.Crosswalk), c => c.Value <= 10);
    }

    [Fact]
    public void Build_Canopies_OnlyAtCrosswalks_WiderRoadsFavoured()
    {
        var crosswalks = Of(PointLayerKind.Crosswalk);
        var at = crosswalks.ToDictionary(c => (c.Lon, c.Lat), c => c.Value!.Value);
        var canopies = Of(PointLayerKind.ShadeCanopy);

        Assert.All(canopies, c => Assert.True(at.ContainsKey((c.Lon, c.Lat)), $"{c.Name} is not at a crosswalk"));
        Assert.Equal(canopies.Count, canopies.Select(c => (c.Lon, c.Lat)).Distinct().Count());
        Assert.True(canopies.Average(c => at[(c.Lon, c.Lat)]) > crosswalks.Average(c => c.Value!.Value) + 3);
    }

    [Fact]
    public void Build_SurfaceTemperature_CoolerByTheRiverThanInTheCommercialCore()
    {
        var grid = Of(PointLayerKind.SurfaceTemperature);
        var river = SeoulFacts.HanRiver.Select(r => SitingProjection.ToMetres(r.Lon, r.Lat)).ToArray();
        var core = SitingProjection.ToMetres(126.9850, 37.5636); // 명동
        double NearRiver(LayerPoint p) => river.Min(r => r.DistanceTo(SitingProjection.ToMetres(p.Lon, p.Lat)));

        var byRiver = grid.Where(p => NearRiver(p) < 400).Select(p => p.Value!.Value).ToList();
        var inCore = grid.Where(p => core.DistanceTo(SitingProjection.ToMetres(p.Lon, p.Lat)) < 1_500).Select(p => p.Value!.Value).ToList();

        Assert.All(grid, p => Assert.InRange(p.Value!.Value, 28, 45));
        Assert.NotEmpty(byRiver);
        Assert.NotEmpty(inCore);
        Assert.True(inCore.Average() > byRiver.Average() + 5, $"core {inCore.Average():0.0} °C, river {byRiver.Average():0.0} °C");
    }

    [Fact]
    public void Build_SeniorCentres_SomeDenseElderlyAreasHaveNoneWithin500m()
    {
        var city = s_city.Value;
        var centres = Of(PointLayerKind.HeatShelter).Where(p => p.Category == "경로당").Select(p => SitingProjection.ToMetres(p.Lon, p.Lat)).ToList();
        var elderly = Enumerable.Range(0, city.OaCount).Select(z =>
            Enumerable.Range(0, Strata.Count).Where(s => Strata.BandOf(s) is AgeBand.A65To69 or AgeBand.A70Plus)
                .Sum(s => (double)city.RegisteredDomestic[z * Strata.Count + s]) / city.Oas[z].AreaKm2).ToArray();
        var dense = Enumerable.Range(0, city.OaCount).OrderByDescending(z => elderly[z]).Take(city.OaCount / 4);

        var uncovered = dense.Count(z =>
        {
            var at = SitingProjection.ToMetres(city.OaLon[z], city.OaLat[z]);
            return centres.All(c => c.DistanceTo(at) > 500);
        });

        Assert.InRange(uncovered, 3, city.OaCount / 8);
    }

    [Fact]
    public void Build_Shops_CosmeticsCrowdMyeongdong()
    {
        var myeongdong = SitingProjection.ToMetres(126.9850, 37.5636);
        int Near(string category) => Of(PointLayerKind.Shop).Count(p => p.Category == category
            && myeongdong.DistanceTo(SitingProjection.ToMetres(p.Lon, p.Lat)) < 1_000);

        // π km² is about 0.5 % of the city: both types are far denser there, cosmetics most.
        Assert.True(Near(ShopCategory.Cosmetics) > 0.08 * 1_200, $"cosmetics near 명동: {Near(ShopCategory.Cosmetics)}");
        Assert.True(Near(ShopCategory.Cosmetics) / 1_200.0 > Near(ShopCategory.FastFood) / 1_500.0);
    }

    [Fact]
    public void Build_BusRoutes_ExpressRoutesStartAtTheOriginAndSomeCorridorsAreUnserved()
    {
        var layers = SitingLayerSet.From(s_layers.Value);
        var express = layers.BusRoutes.Where(r => r.OriginCode is not null).ToList();

        Assert.InRange(express.Count, 20, 40);
        Assert.Contains(layers.BusRoutes, r => r.OriginCode is null);
        Assert.All(express, r =>
        {
            var origin = CommuteOrigins.ByCode(r.OriginCode!)!;
            Assert.True(r.Stops[0].At.DistanceTo(origin.At) < 1, $"{r.Id} does not start at {origin.NameKo}");
            Assert.Equal(Enumerable.Range(1, r.Stops.Count).Select(i => (double?)i), r.Stops.Select(s => s.Value));
            Assert.True(r.SeatsPerHour > 0);
        });
        Assert.DoesNotContain(express, r => r.OriginCode == "41480");
        Assert.DoesNotContain(express, r => r.OriginCode == "41390");
    }

    [Fact]
    public void From_SyntheticPoints_SplitsSeniorFacilitiesAndUsesTheSurfaceGrid()
    {
        var layers = SitingLayerSet.From(s_layers.Value);

        Assert.Equal(Of(PointLayerKind.HeatShelter).Count(p => p.Category == "경로당"), layers.SeniorCentres.Count);
        Assert.Equal(64, layers.WelfareCentres.Count);
        Assert.True(layers.TemperatureIsSurface);
        Assert.Equal(Of(PointLayerKind.SurfaceTemperature).Count, layers.Temperature.Count);
        Assert.Equal(Of(PointLayerKind.Crosswalk).Count, layers.Crosswalks.Count);
        Assert.All(layers.Shops, s => Assert.Contains(s.Category, (string[])[ShopCategory.FastFood, ShopCategory.Cosmetics]));
    }

    [Fact]
    public void From_StationsOnly_TemperatureIsAirAtStations()
    {
        var points = new (PointLayerKind, LayerPoint)[]
        {
            (PointLayerKind.WeatherStation, new LayerPoint("509", "관악", 126.951, 37.455, 2) { Value = 23.4 }),
            (PointLayerKind.HeatShelter, new LayerPoint("1", "무학경로당", 127.02, 37.56, 3)),
            (PointLayerKind.HeatShelter, new LayerPoint("2", "성동노인복지관", 127.03, 37.56, 4)),
            (PointLayerKind.HeatShelter, new LayerPoint("3", "○○주민센터", 127.04, 37.56, 5)),
        };

        var layers = SitingLayerSet.From(points);

        Assert.False(layers.TemperatureIsSurface);
        Assert.Equal(23.4, Assert.Single(layers.Temperature).Value);
        Assert.Equal("무학경로당", Assert.Single(layers.SeniorCentres).Name);
        Assert.Equal("성동노인복지관", Assert.Single(layers.WelfareCentres).Name);
    }
}
