namespace DefactoPop.Core.Analytics;

public enum ClassificationMethod
{
    Quantile = 0,
    EqualInterval = 1,
    Manual = 2,
}
