namespace DefactoPop.Core.Synthetic;

internal static class RandomExtensions
{
    /// <summary>Standard normal draw (Box-Muller).</summary>
    public static double NextGaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
