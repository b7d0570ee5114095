namespace DefactoPop.Web.Services;

public enum ClassificationMethod
{
    Quantile = 0,
    EqualInterval = 1,
    Manual = 2,
}
