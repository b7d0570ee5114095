namespace DefactoPop.Core.Estimation;

/// <summary>
/// Groups with few own phones (methodology §1.4 D). Children 0-9 blend their own (calibrated) devices with carer mobility
/// (females 30-44 present × the zone's child/carer register ratio); 70+ blend staying home with their observed mobility.
/// </summary>
public sealed record NonPhoneOptions
{
    /// <summary>Weight of the carer model in the 0-9 estimate (1 = carers only).</summary>
    public double ChildCarerWeight { get; init; } = 0.2;

    /// <summary>λ: weight of observed 70+ mobility against staying at home (0 = everyone stays home).</summary>
    public double ElderlyMobility { get; init; } = 0.7;

    /// <summary>Shrinkage of a zone's child/carer ratio toward its 행정동, in carers.</summary>
    public double RatioShrinkage { get; init; } = 20;
}
