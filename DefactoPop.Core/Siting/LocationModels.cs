using Google.OrTools.LinearSolver;

namespace DefactoPop.Core.Siting;

/// <summary>A choice of sites and its objective (covered demand for MCLP, weighted distance for p-median).</summary>
public sealed record SiteChoice(IReadOnlyList<int> Sites, double Objective);

/// <summary>
/// The covering and median models of the workbenches, over demand units i (weight aᵢ) and candidate sites j:
/// MCLP (Church &amp; ReVelle) maximises the demand within the service distance of an open site; p-median (Hakimi)
/// minimises Σᵢ aᵢ·minⱼ dᵢⱼ. Heuristics for any size (greedy then best 1-swaps; Teitz–Bart substitution), and exact
/// mixed-integer solutions from OR-Tools for small instances and tests. Existing facilities can be fixed open.
/// </summary>
public static class LocationModels
{
    /// <summary>Which candidates cover which units: covers[j] = units within <paramref name="service"/> of site j.</summary>
    public static int[][] Coverage(double[][] distance, double service)
    {
        ArgumentNullException.ThrowIfNull(distance);
        var sites = distance.Length == 0 ? 0 : distance[0].Length;
        return [.. Enumerable.Range(0, sites).Select(j => Enumerable.Range(0, distance.Length).Where(i => distance[i][j] <= service).ToArray())];
    }

    public static double CoveredDemand(IReadOnlyList<double> demand, int[][] covers, IEnumerable<int> sites)
    {
        var covered = new bool[demand.Count];
        foreach (var j in sites)
        {
            foreach (var i in covers[j])
                covered[i] = true;
        }
        double sum = 0;
        for (var i = 0; i < covered.Length; i++)
            sum += covered[i] ? demand[i] : 0;
        return sum;
    }

    public static double WeightedDistance(IReadOnlyList<double> demand, double[][] distance, IReadOnlyCollection<int> sites) =>
        sites.Count == 0 ? double.PositiveInfinity : Enumerable.Range(0, demand.Count).Sum(i => demand[i] * sites.Min(j => distance[i][j]));

    /// <summary>
    /// MCLP: <paramref name="p"/> new sites besides <paramref name="fixedOpen"/>, by lazy greedy then best 1-swaps, on
    /// sparse covers (fast for tens of thousands of units and thousands of candidates).
    /// </summary>
    public static SiteChoice Mclp(IReadOnlyList<double> demand, int[][] covers, int p, IReadOnlyCollection<int>? fixedOpen = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(covers);
        var open = (fixedOpen ?? []).Distinct().ToList();
        var isOpen = new bool[covers.Length];
        foreach (var j in open)
            isOpen[j] = true;
        var candidates = Enumerable.Range(0, covers.Length).Where(j => !isOpen[j]).ToList();
        if (p < 0 || p > candidates.Count)
            throw new ArgumentOutOfRangeException(nameof(p), p, $"{candidates.Count} candidates.");
        var search = new MclpSearch(demand, covers);
        foreach (var j in open)
            search.Open(j);
        var chosen = search.Greedy(candidates, p);
        search.Swap(chosen, candidates);
        return new SiteChoice([.. open.Concat(chosen)], search.Objective());
    }

    /// <summary>
    /// Sparse coverage from points: covers[j] = the demand points within <paramref name="radius"/> (inclusive) of site j,
    /// ascending, found through a uniform grid of cell <paramref name="radius"/> (no distance matrix).
    /// </summary>
    public static int[][] Coverage(IReadOnlyList<SitePoint> demand, IReadOnlyList<SitePoint> sites, double radius)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(sites);
        if (!(radius > 0))
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "The radius must be positive.");
        var grid = new PointIndex(demand, radius);
        return [.. sites.Select(s => grid.Within(s, radius))];
    }

    /// <summary>p-median: <paramref name="p"/> sites, greedy start then Teitz–Bart vertex substitution.</summary>
    public static SiteChoice PMedian(IReadOnlyList<double> demand, double[][] distance, int p, IReadOnlyCollection<int>? fixedOpen = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(distance);
        var open = new List<int>(fixedOpen ?? []);
        var sites = distance.Length == 0 ? 0 : distance[0].Length;
        var candidates = Enumerable.Range(0, sites).Where(j => !open.Contains(j)).ToList();
        if (p < 1 && open.Count == 0 || p > candidates.Count)
            throw new ArgumentOutOfRangeException(nameof(p), p, $"{candidates.Count} candidates.");
        double Value(IEnumerable<int> s) => WeightedDistance(demand, distance, [.. s]);
        var chosen = new List<int>();
        for (var step = 0; step < p; step++)
            chosen.Add(candidates.Where(j => !chosen.Contains(j)).MinBy(j => (Value(open.Concat(chosen).Append(j)), j)));
        Swap(chosen, candidates, s => Value(open.Concat(s)), maximise: false);
        return new SiteChoice([.. open.Concat(chosen)], Value(open.Concat(chosen)));
    }

    /// <summary>Exact MCLP by mixed-integer programming (OR-Tools SCIP): for small instances and to check the heuristic.</summary>
    public static SiteChoice MclpExact(IReadOnlyList<double> demand, int[][] covers, int p, IReadOnlyCollection<int>? fixedOpen = null)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available.");
        var y = Enumerable.Range(0, covers.Length).Select(j => solver.MakeBoolVar($"y{j}")).ToArray();
        var x = Enumerable.Range(0, demand.Count).Select(i => solver.MakeBoolVar($"x{i}")).ToArray();
        var coveredBy = Enumerable.Range(0, demand.Count).Select(_ => new List<int>()).ToArray();
        for (var j = 0; j < covers.Length; j++)
        {
            foreach (var i in covers[j])
                coveredBy[i].Add(j);
        }
        for (var i = 0; i < x.Length; i++)
        {
            var c = solver.MakeConstraint(double.NegativeInfinity, 0);
            c.SetCoefficient(x[i], 1);
            foreach (var j in coveredBy[i])
                c.SetCoefficient(y[j], -1);
        }
        OpenCount(solver, y, p, fixedOpen);
        var objective = solver.Objective();
        for (var i = 0; i < x.Length; i++)
            objective.SetCoefficient(x[i], demand[i]);
        objective.SetMaximization();
        return Solve(solver, y, () => CoveredDemand(demand, covers, Open(y)));
    }

    /// <summary>Exact p-median by mixed-integer programming (OR-Tools SCIP).</summary>
    public static SiteChoice PMedianExact(IReadOnlyList<double> demand, double[][] distance, int p, IReadOnlyCollection<int>? fixedOpen = null)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available.");
        var sites = distance[0].Length;
        var y = Enumerable.Range(0, sites).Select(j => solver.MakeBoolVar($"y{j}")).ToArray();
        var objective = solver.Objective();
        for (var i = 0; i < demand.Count; i++)
        {
            var assign = solver.MakeConstraint(1, 1);
            for (var j = 0; j < sites; j++)
            {
                var xij = solver.MakeNumVar(0, 1, $"x{i}_{j}");
                assign.SetCoefficient(xij, 1);
                var link = solver.MakeConstraint(double.NegativeInfinity, 0);
                link.SetCoefficient(xij, 1);
                link.SetCoefficient(y[j], -1);
                objective.SetCoefficient(xij, demand[i] * distance[i][j]);
            }
        }
        OpenCount(solver, y, p, fixedOpen);
        objective.SetMinimization();
        return Solve(solver, y, () => WeightedDistance(demand, distance, Open(y)));
    }

    private static void OpenCount(Solver solver, Variable[] y, int p, IReadOnlyCollection<int>? fixedOpen)
    {
        var fixedSet = fixedOpen ?? [];
        foreach (var j in fixedSet)
            y[j].SetBounds(1, 1);
        var count = solver.MakeConstraint(p + fixedSet.Count, p + fixedSet.Count);
        foreach (var v in y)
            count.SetCoefficient(v, 1);
    }

    private static SiteChoice Solve(Solver solver, Variable[] y, Func<double> value)
    {
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"The solver stopped with {status}.");
        return new SiteChoice(Open(y), value());
    }

    private static List<int> Open(Variable[] y) => [.. Enumerable.Range(0, y.Length).Where(j => y[j].SolutionValue() > 0.5)];

    /// <summary>Replaces one chosen site by one unchosen candidate while that improves the objective (best swap first).</summary>
    private static void Swap(List<int> chosen, List<int> candidates, Func<List<int>, double> value, bool maximise)
    {
        var current = value(chosen);
        for (var improved = true; improved;)
        {
            improved = false;
            (int Slot, int Site, double Value)? best = null;
            for (var k = 0; k < chosen.Count; k++)
            {
                foreach (var j in candidates.Where(j => !chosen.Contains(j)))
                {
                    var trial = new List<int>(chosen) { [k] = j };
                    var v = value(trial);
                    var better = maximise ? v > (best?.Value ?? current) + 1e-9 : v < (best?.Value ?? current) - 1e-9;
                    if (better)
                        best = (k, j, v);
                }
            }
            if (best is { } b)
            {
                chosen[b.Slot] = b.Site;
                current = b.Value;
                improved = true;
            }
        }
    }
}
