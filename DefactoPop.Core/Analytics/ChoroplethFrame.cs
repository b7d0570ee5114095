namespace DefactoPop.Core.Analytics;

/// <summary>What crosses the circuit per hour: one class byte and one float per zone, plus the legend.</summary>
public sealed record ChoroplethFrame(
    byte[] Classes,
    byte[] ValuesF32,
    string[] Colors,
    double[] Breaks,
    IReadOnlyList<LegendEntry> Legend,
    int MaskedCount,
    int NoDataCount);
