namespace DefactoPop.Core.Observation;

/// <summary>Small counter-based random generator (SplitMix64); streams are keyed so parallel runs stay deterministic.</summary>
internal struct Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    public static Rng For(long a, long b = 0, long c = 0, long d = 0) =>
        new(Mix(Mix(Mix(Mix(0x9E3779B97F4A7C15UL ^ (ulong)a) ^ (ulong)b) ^ (ulong)c) ^ (ulong)d));

    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>Poisson draw: multiplication for small means, PTRS (Hörmann 1993) above 10.</summary>
    public int Poisson(double lambda)
    {
        if (!(lambda > 0))
            return 0;
        if (lambda < 10)
        {
            var limit = Math.Exp(-lambda);
            var k = 0;
            var prod = NextDouble();
            while (prod > limit)
            {
                k++;
                prod *= NextDouble();
            }
            return k;
        }
        var slam = Math.Sqrt(lambda);
        var logLam = Math.Log(lambda);
        var b = 0.931 + 2.53 * slam;
        var a = -0.059 + 0.02483 * b;
        var invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
                return (int)k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log(a / (us * us) + b) <= -lambda + k * logLam - LogFactorial(k))
                return (int)k;
        }
    }

    internal static double LogFactorial(double k)
    {
        if (k < 2)
            return 0;
        if (k < 16)
        {
            var r = 0.0;
            for (var i = 2; i <= (int)k; i++)
                r += Math.Log(i);
            return r;
        }
        var x = k + 1;
        return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }
}
