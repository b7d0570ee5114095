namespace DefactoPop.Core.Siting;

/// <summary>노인복지시설 inputs: 65+ demand per 집계구 (or 행정동), the register aligned with it (for α &lt; 1), layers.</summary>
public sealed record SeniorInputs(DemandSurface Demand, SitingLayers Layers)
{
    public double[]? Registered { get; init; }
}

/// <summary>그늘막 inputs: vulnerable and all-age presence per zone (same zones), layers (crosswalks, canopies, temperature).</summary>
public sealed record CanopyInputs(DemandSurface Vulnerable, DemandSurface Everyone, SitingLayers Layers);

/// <summary>광역버스 inputs: the commuter OD product, its origins, the 행정동 it names (centroids), layers (stops, routes).</summary>
public sealed record BusInputs(IReadOnlyList<CommuteFlow> Flows, IReadOnlyList<CommuteOrigin> Origins, IReadOnlyList<SitingZone> Dongs, SitingLayers Layers);

/// <summary>
/// 민간 타깃 inputs at 행정동 level or above: target and base presence over the windows, the target's mean by hour of
/// day ([hour][zone], for the best hour), layers (competitor shops).
/// </summary>
public sealed record RetailInputs(DemandSurface Target, DemandSurface Base, double[][] TargetByHour, SitingLayers Layers);
