namespace DefactoPop.Core.Siting;

/// <summary>
/// The auxiliary layers the workbenches read, in one immutable bundle (synthetic or imported; any may be empty).
/// Crosswalk: Value = road width (m), Capacity = lanes. BusRouteStops: Category = route id, Value = order along the
/// route, Capacity = seats per hour the route offers; the route's origin city code is in <see cref="SitingPlace.Name"/>'s
/// route record (see <see cref="BusRoutes"/>). Temperature: Value = °C. Shops: Category = <see cref="ShopCategory"/> name.
/// </summary>
public sealed record SitingLayers
{
    public static SitingLayers Empty { get; } = new();

    /// <summary>Existing 그늘막.</summary>
    public IReadOnlyList<SitingPlace> Canopies { get; init; } = [];

    /// <summary>Existing 경로당 (walking catchment).</summary>
    public IReadOnlyList<SitingPlace> SeniorCentres { get; init; } = [];

    /// <summary>Existing 노인복지관 (vehicle catchment).</summary>
    public IReadOnlyList<SitingPlace> WelfareCentres { get; init; } = [];

    /// <summary>Crosswalks, the canopy candidates.</summary>
    public IReadOnlyList<SitingPlace> Crosswalks { get; init; } = [];

    public IReadOnlyList<SitingPlace> BusStops { get; init; } = [];

    /// <summary>Existing routes as ordered stops.</summary>
    public IReadOnlyList<BusRoute> BusRoutes { get; init; } = [];

    /// <summary>Temperature samples (stations or a surface grid), interpolated to candidates by IDW.</summary>
    public IReadOnlyList<SitingPlace> Temperature { get; init; } = [];

    /// <summary>True when <see cref="Temperature"/> is a land-surface temperature (the 33 °C gate applies); false for air temperature at stations.</summary>
    public bool TemperatureIsSurface { get; init; }

    /// <summary>Competitor shops; Category = "fastfood" or "cosmetics".</summary>
    public IReadOnlyList<SitingPlace> Shops { get; init; } = [];
}

/// <summary>The shop types of the retail presets, with the 상권분석서비스 service codes.</summary>
public static class ShopCategory
{
    public const string FastFood = "fastfood";
    public const string Cosmetics = "cosmetics";

    public static string ServiceCode(string category) => category == FastFood ? "CS100006" : "CS300022";
}

/// <summary>An existing bus route: its id and name, the origin city (시군구 code) it links to Seoul (null for a city route), seats per hour, and its stops in order.</summary>
public sealed record BusRoute(string Id, string Name, string? OriginCode, double SeatsPerHour, IReadOnlyList<SitingPlace> Stops);
