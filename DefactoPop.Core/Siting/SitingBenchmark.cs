using System.Diagnostics;

namespace DefactoPop.Core.Siting;

/// <summary>What the MCLP benchmark measured: the instance, the time to build the covers and to solve, and the objective.</summary>
public sealed record SitingBenchmarkResult(int Demand, int Candidates, double Radius, int P, double CoverageMs, double SolveMs,
    double Objective, double TotalDemand)
{
    public double ElapsedMs => CoverageMs + SolveMs;
    public double CoveredShare => TotalDemand > 0 ? Objective / TotalDemand : 0;
}

/// <summary>
/// A seeded random MCLP of Seoul's size (19,153 집계구 in a 30 × 30 km box, 2,000 candidates, 1 km, p = 20), solved by
/// greedy + interchange on sparse covers: the `bench` verb's measurement. Demand is clustered around a few centres, as
/// presence is, so the instance is not trivially uniform.
/// </summary>
public static class SitingBenchmark
{
    public static SitingBenchmarkResult Run(int demand = 19_153, int candidates = 2_000, double radius = 1_000, int p = 20,
        int seed = 1, double box = 30_000)
    {
        var rng = new Random(seed);
        var centres = Enumerable.Range(0, 12).Select(_ => new SitePoint(rng.NextDouble() * box, rng.NextDouble() * box)).ToArray();
        SitePoint Point()
        {
            if (rng.NextDouble() < 0.5)
                return new SitePoint(rng.NextDouble() * box, rng.NextDouble() * box);
            var c = centres[rng.Next(centres.Length)];
            var (r, a) = (Math.Abs(Normal(rng)) * box / 20, rng.NextDouble() * 2 * Math.PI);
            return new SitePoint(Math.Clamp(c.X + r * Math.Cos(a), 0, box), Math.Clamp(c.Y + r * Math.Sin(a), 0, box));
        }
        var units = Enumerable.Range(0, demand).Select(_ => Point()).ToArray();
        var weights = units.Select(_ => 20 + rng.NextDouble() * 400).ToArray();
        var sites = Enumerable.Range(0, candidates).Select(_ => Point()).ToArray();

        var clock = Stopwatch.StartNew();
        var covers = LocationModels.Coverage(units, sites, radius);
        var coverageMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var choice = LocationModels.Mclp(weights, covers, p);
        var solveMs = clock.Elapsed.TotalMilliseconds;
        return new SitingBenchmarkResult(demand, candidates, radius, p, coverageMs, solveMs, choice.Objective, weights.Sum());
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
