namespace DefactoPop.Core.Analytics;

/// <summary>What the choropleth shows per zone.</summary>
public enum MapMetric
{
    DeFacto = 0,
    Registered,
    Ratio,
    Difference,
    Density,
    LongTerm,
    ShortTerm,
    ChineseShortTerm,
}
