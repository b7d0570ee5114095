using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>One metric for every zone of a level at one hour, aligned with Zones.</summary>
public sealed record MetricLayer(ZoneLevel Level, HourSlot Slot, MapMetric Metric, IReadOnlyList<Zone> Zones, double[] Values, bool[] Masked)
{
    /// <summary>The 90 % interval of each zone's figure in the metric's unit (for the uncertainty metric: of the population); null when the store has none.</summary>
    public MetricBounds? Bounds { get; init; }

    /// <summary>Zones whose figure was imputed for a cell outage ("보정됨"); null when none was.</summary>
    public bool[]? Imputed { get; init; }

    /// <summary>Whether the metric is an estimate that would carry an interval (not the register).</summary>
    public bool WantsIntervals => Metric != MapMetric.Registered;
}

/// <param name="InPeople">True when the bounds are of the population rather than of the metric itself (the uncertainty metric).</param>
public sealed record MetricBounds(double[] Lower, double[] Upper, bool InPeople);
