using System.Runtime.CompilerServices;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Estimation;

/// <summary>Cell → OA allocation estimators over the estimator's coverage P* (methodology §2.1).</summary>
public static class Allocation
{
    /// <summary>Runs the configured method on per-cell totals <paramref name="cellTotals"/> with prior <paramref name="prior"/>.</summary>
    public static AllocationResult Run(CoverageMatrix coverage, double[] cellTotals, double[] prior, AllocationOptions? options = null)
    {
        options ??= new AllocationOptions();
        return options.Method switch
        {
            AllocationMethod.Em => Em(coverage, cellTotals, prior, options.MaxIterations, options.Tolerance, options.PriorStrength),
            AllocationMethod.SimpleBayes => Em(coverage, cellTotals, prior, 1, 0),
            AllocationMethod.Voronoi => Voronoi(coverage, cellTotals, prior),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    /// <summary>
    /// EM (Ricciato 2020): u ← u · Σ_i p_ij c_i / Σ_k p_ik u_k, started from the prior scaled to Σc.
    /// With <paramref name="priorStrength"/> β &gt; 0 the update is MAP-EM: u ← (u·Σ_i p_ij c_i/λ_i + β·a) / (1 + β).
    /// One step is the simple-Bayes estimator. The returned weights are the posterior p_ij u_j / λ_i at the last estimate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AllocationResult Em(CoverageMatrix coverage, double[] cellTotals, double[] prior, int maxIterations, double tolerance, double priorStrength = 0)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(cellTotals);
        ArgumentNullException.ThrowIfNull(prior);
        var n = coverage.OaCount;
        var start = coverage.OaStart;
        var cell = coverage.Cell;
        var p = coverage.Probability;
        var u = new double[n];
        double priorSum = 0;
        for (var j = 0; j < n; j++)
        {
            if (start[j + 1] > start[j])
                priorSum += Math.Max(0, prior[j]);
        }
        var total = cellTotals.Sum();
        var scale = priorSum > 0 ? total / priorSum : 0;
        for (var j = 0; j < n; j++)
            u[j] = start[j + 1] > start[j] ? Math.Max(0, prior[j]) * scale : 0;

        var anchor = (double[])u.Clone();
        var lambda = new double[coverage.CellCount];
        var ratio = new double[coverage.CellCount];
        var next = new double[n];
        var iterations = 0;
        // The weights at step m give u^(m+1), so m weight-steps = m EM iterations.
        while (iterations < maxIterations - 1)
        {
            Forward(coverage, u, lambda);
            for (var i = 0; i < lambda.Length; i++)
                ratio[i] = lambda[i] > 0 ? cellTotals[i] / lambda[i] : 0;
            double change = 0, mass = 0;
            for (var j = 0; j < n; j++)
            {
                double s = 0;
                for (var k = start[j]; k < start[j + 1]; k++)
                    s += p[k] * ratio[cell[k]];
                next[j] = (u[j] * s + priorStrength * anchor[j]) / (1 + priorStrength);
                change += Math.Abs(next[j] - u[j]);
                mass += u[j];
            }
            (u, next) = (next, u);
            iterations++;
            if (mass <= 0 || change / mass < tolerance)
                break;
        }
        var weights = Posterior(coverage, u, prior, lambda);
        iterations++;
        return new AllocationResult(weights.Apply(cellTotals), weights, iterations);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Forward(CoverageMatrix coverage, double[] u, double[] lambda)
    {
        Array.Clear(lambda);
        var start = coverage.OaStart;
        var cell = coverage.Cell;
        var p = coverage.Probability;
        for (var j = 0; j < u.Length; j++)
        {
            var uj = u[j];
            if (uj == 0)
                continue;
            for (var k = start[j]; k < start[j + 1]; k++)
                lambda[cell[k]] += p[k] * uj;
        }
    }

    /// <summary>w_ij = p_ij u_j / Σ_k p_ik u_k; cells whose OAs all have u = 0 fall back to the prior.</summary>
    private static AllocationWeights Posterior(CoverageMatrix coverage, double[] u, double[] prior, double[] lambda)
    {
        Forward(coverage, u, lambda);
        var start = coverage.OaStart;
        var cell = coverage.Cell;
        var p = coverage.Probability;
        double[]? lambda0 = null;
        for (var i = 0; i < lambda.Length; i++)
        {
            if (lambda[i] > 0)
                continue;
            if (lambda0 is null)
            {
                lambda0 = new double[lambda.Length];
                var pr = prior.Select(v => Math.Max(v, 0) + 1e-12).ToArray();
                Forward(coverage, pr, lambda0);
            }
        }
        var w = new double[cell.Length];
        for (var j = 0; j < u.Length; j++)
        {
            for (var k = start[j]; k < start[j + 1]; k++)
            {
                var i = cell[k];
                w[k] = lambda[i] > 0
                    ? p[k] * u[j] / lambda[i]
                    : p[k] * (Math.Max(prior[j], 0) + 1e-12) / lambda0![i];
            }
        }
        return new AllocationWeights(coverage.CellCount, start, cell, w);
    }

    /// <summary>
    /// Voronoi baseline: each cell's devices go to the OAs it is the best server of, weighted by the prior;
    /// a cell that is nobody's best server goes to the OA where its probability is largest.
    /// </summary>
    public static AllocationResult Voronoi(CoverageMatrix coverage, double[] cellTotals, double[] prior)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(prior);
        var n = coverage.OaCount;
        var best = coverage.BestServer();
        var cellCount = coverage.CellCount;
        var denominator = new double[cellCount];
        for (var j = 0; j < n; j++)
        {
            if (best[j] >= 0)
                denominator[best[j]] += Math.Max(prior[j], 0) + 1e-12;
        }
        // Orphan cells: nobody's best server; attach to the OA with the largest p.
        var orphanOa = new int[cellCount];
        var orphanP = new double[cellCount];
        Array.Fill(orphanOa, -1);
        var start = coverage.OaStart;
        for (var j = 0; j < n; j++)
        {
            for (var k = start[j]; k < start[j + 1]; k++)
            {
                var i = coverage.Cell[k];
                if (denominator[i] == 0 && coverage.Probability[k] > orphanP[i])
                {
                    orphanP[i] = coverage.Probability[k];
                    orphanOa[i] = j;
                }
            }
        }
        var extra = new List<int>[n];
        for (var i = 0; i < cellCount; i++)
        {
            if (orphanOa[i] >= 0)
                (extra[orphanOa[i]] ??= []).Add(i);
        }
        var wStart = new int[n + 1];
        var wCell = new List<int>(n + 16);
        var wWeight = new List<double>(n + 16);
        for (var j = 0; j < n; j++)
        {
            if (best[j] >= 0)
            {
                wCell.Add(best[j]);
                wWeight.Add((Math.Max(prior[j], 0) + 1e-12) / denominator[best[j]]);
            }
            if (extra[j] is { } orphans)
            {
                foreach (var i in orphans)
                {
                    wCell.Add(i);
                    wWeight.Add(1.0);
                }
            }
            wStart[j + 1] = wCell.Count;
        }
        var weights = new AllocationWeights(cellCount, wStart, [.. wCell], [.. wWeight]);
        return new AllocationResult(weights.Apply(cellTotals ?? new double[cellCount]), weights, 0);
    }
}
