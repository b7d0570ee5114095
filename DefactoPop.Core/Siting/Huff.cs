namespace DefactoPop.Core.Siting;

/// <summary>The Huff model: Pᵢⱼ = Aⱼ^γ·dᵢⱼ^λ / Σₖ Aₖ^γ·dᵢₖ^λ (λ &lt; 0), and a store's expected customers Σᵢ Pᵢⱼ·demandᵢ.</summary>
public static class Huff
{
    /// <summary>Shares [i][j] of each origin among the stores; each row sums to 1.</summary>
    /// <param name="minDistance">Distances below this (metres) are raised to it, so a store on an origin's centroid stays finite.</param>
    public static double[][] Shares(IReadOnlyList<SitePoint> origins, IReadOnlyList<SitePoint> stores, IReadOnlyList<double> attractiveness,
        double gamma = 1, double lambda = -2, double minDistance = 1)
    {
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(attractiveness);
        if (stores.Count == 0 || stores.Count != attractiveness.Count)
            throw new ArgumentException("Every store needs an attractiveness.", nameof(attractiveness));
        if (lambda >= 0)
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "Distance must deter (λ < 0).");
        return [.. origins.Select(o =>
        {
            var u = stores.Select((s, j) => Math.Pow(attractiveness[j], gamma) * Math.Pow(Math.Max(minDistance, o.DistanceTo(s)), lambda)).ToArray();
            var sum = u.Sum();
            return u.Select(v => v / sum).ToArray();
        })];
    }

    /// <summary>
    /// Expected customers of one new store entering a market of existing ones: Σᵢ Pᵢ₀·demandᵢ with Pᵢ₀ = u₀ / (u₀ + Σₖ uₖ).
    /// The existing stores' sums are the same for every candidate, so they are computed once (O(origins × stores)) and each
    /// candidate then costs O(origins), instead of a whole share matrix per candidate.
    /// </summary>
    public sealed class Market
    {
        private readonly IReadOnlyList<SitePoint> _origins;
        private readonly double[] _existing;
        private readonly double _gamma, _lambda, _minDistance;

        public Market(IReadOnlyList<SitePoint> origins, IReadOnlyList<SitePoint> stores, IReadOnlyList<double> attractiveness,
            double gamma = 1, double lambda = -2, double minDistance = 1)
        {
            ArgumentNullException.ThrowIfNull(origins);
            ArgumentNullException.ThrowIfNull(stores);
            ArgumentNullException.ThrowIfNull(attractiveness);
            if (stores.Count != attractiveness.Count)
                throw new ArgumentException("Every store needs an attractiveness.", nameof(attractiveness));
            if (lambda >= 0)
                throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "Distance must deter (λ < 0).");
            (_origins, _gamma, _lambda, _minDistance) = (origins, gamma, lambda, minDistance);
            _existing = new double[origins.Count];
            Parallel.For(0, origins.Count, i =>
            {
                var sum = 0.0;
                for (var j = 0; j < stores.Count; j++)
                    sum += Utility(attractiveness[j], origins[i].DistanceTo(stores[j]));
                _existing[i] = sum;
            });
        }

        /// <summary>The new store's expected customers given each origin's demand.</summary>
        public double Expected(SitePoint store, double attractiveness, IReadOnlyList<double> demand)
        {
            ArgumentNullException.ThrowIfNull(demand);
            var total = 0.0;
            for (var i = 0; i < _origins.Count; i++)
            {
                var u = Utility(attractiveness, _origins[i].DistanceTo(store));
                total += u / (u + _existing[i]) * demand[i];
            }
            return total;
        }

        private double Utility(double attractiveness, double distance) =>
            Math.Pow(attractiveness, _gamma) * Math.Pow(Math.Max(_minDistance, distance), _lambda);
    }

    /// <summary>Expected customers of each store: Σᵢ Pᵢⱼ·demandᵢ.</summary>
    public static double[] Expected(double[][] shares, IReadOnlyList<double> demand)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(demand);
        var stores = shares.Length == 0 ? 0 : shares[0].Length;
        var result = new double[stores];
        for (var i = 0; i < shares.Length; i++)
        {
            for (var j = 0; j < stores; j++)
                result[j] += shares[i][j] * demand[i];
        }
        return result;
    }
}
