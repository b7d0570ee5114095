using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>One metric for every zone of a level at one hour, aligned with Zones.</summary>
public sealed record MetricLayer(ZoneLevel Level, HourSlot Slot, MapMetric Metric, IReadOnlyList<Zone> Zones, double[] Values, bool[] Masked);
