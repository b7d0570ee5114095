namespace DefactoPop.Core.Siting;

public enum Normalisation
{
    /// <summary>(x − min) / (max − min), the default.</summary>
    MinMax,

    /// <summary>(x − mean) / sd.</summary>
    ZScore,

    /// <summary>Percentile rank in [0, 1], robust to outliers.</summary>
    Rank,
}

public enum Aggregation
{
    /// <summary>Σ wₖxₖ: compensatory.</summary>
    Linear,

    /// <summary>Π xₖ^wₖ: partly compensatory, zero when any factor is zero (min–max or rank normalisation).</summary>
    Geometric,
}

/// <summary>
/// The composite index of the OECD/JRC handbook: each factor normalised, then weighted (weights rescaled to sum to 1)
/// and aggregated. Factors are given "more is better"; negate one that is not.
/// </summary>
public static class CompositeIndex
{
    /// <param name="factors">factors[k][i]: factor k of unit i.</param>
    public static double[] Score(IReadOnlyList<double[]> factors, IReadOnlyList<double> weights,
        Normalisation normalisation = Normalisation.MinMax, Aggregation aggregation = Aggregation.Linear)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(weights);
        if (factors.Count == 0 || factors.Count != weights.Count)
            throw new ArgumentException($"{factors.Count} factors and {weights.Count} weights.", nameof(weights));
        if (weights.Any(w => w < 0 || !double.IsFinite(w)) || weights.Sum() <= 0)
            throw new ArgumentException("Weights must be non-negative and not all zero.", nameof(weights));
        var n = factors[0].Length;
        if (factors.Any(f => f.Length != n))
            throw new ArgumentException("Every factor needs a value for every unit.", nameof(factors));
        if (aggregation == Aggregation.Geometric && normalisation == Normalisation.ZScore)
            throw new ArgumentException("A geometric mean needs non-negative factors: use min–max or rank normalisation.", nameof(aggregation));

        var total = weights.Sum();
        var score = new double[n];
        if (aggregation == Aggregation.Geometric)
            Array.Fill(score, 1.0);
        for (var k = 0; k < factors.Count; k++)
        {
            var w = weights[k] / total;
            var x = Normalise(factors[k], normalisation);
            for (var i = 0; i < n; i++)
                score[i] = aggregation == Aggregation.Linear ? score[i] + w * x[i] : score[i] * Math.Pow(x[i], w);
        }
        return score;
    }

    public static double[] Normalise(double[] values, Normalisation normalisation)
    {
        ArgumentNullException.ThrowIfNull(values);
        switch (normalisation)
        {
            case Normalisation.MinMax:
            {
                var (min, max) = (values.Min(), values.Max());
                return [.. values.Select(v => max > min ? (v - min) / (max - min) : 0)];
            }
            case Normalisation.ZScore:
            {
                var mean = values.Average();
                var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
                return [.. values.Select(v => sd > 0 ? (v - mean) / sd : 0)];
            }
            case Normalisation.Rank:
            {
                // Mid-rank of ties, scaled to [0, 1].
                var sorted = values.Order().ToArray();
                return [.. values.Select(v => values.Length == 1 ? 0
                    : (Array.IndexOf(sorted, v) + Array.LastIndexOf(sorted, v)) / 2.0 / (values.Length - 1))];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(normalisation));
        }
    }

    /// <summary>Ranks (1 = best) of scores, ties sharing the better rank.</summary>
    public static int[] Ranks(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        // Rank = 1 + the number of scores strictly greater: the position of a value's first copy in descending order.
        // NaN is greater than nothing and less than nothing, so it ranks 1 and pushes no one down.
        var ranks = new int[scores.Count];
        var order = Enumerable.Range(0, scores.Count).Where(i => !double.IsNaN(scores[i])).ToArray();
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
        for (var k = 0; k < order.Length; k++)
            ranks[order[k]] = k > 0 && scores[order[k]] == scores[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        for (var i = 0; i < ranks.Length; i++)
            ranks[i] = double.IsNaN(scores[i]) ? 1 : ranks[i];
        return ranks;
    }
}
