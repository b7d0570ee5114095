namespace DefactoPop.Core.Estimation;

/// <summary>
/// Devices → people. C1: global factor; C2: night-calibrated local factor k[z,s];
/// C3: Beta-negative-binomial posterior per zone × stratum (mean ≈ C2, plus intervals).
/// </summary>
public enum ExpansionMethod
{
    C1 = 1,
    C2 = 2,
    C3 = 3,
}
