namespace DefactoPop.Core.Synthetic;

/// <summary>One published figure against the synthetic truth; Tolerance is relative (0.01 = 1%).</summary>
public sealed record CalibrationCheck(string Name, double Expected, double Actual, double Tolerance)
{
    public double RelativeError => Actual / Expected - 1;

    public bool Passed => Math.Abs(RelativeError) <= Tolerance;
}
