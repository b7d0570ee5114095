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

    /// <summary>Relative uncertainty: the 90 % interval's width ÷ the estimate, in percent.</summary>
    Uncertainty,
}
