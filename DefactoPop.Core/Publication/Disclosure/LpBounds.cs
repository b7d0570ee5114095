using Google.OrTools.LinearSolver;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// The attacker's exact bounds by linear programming (GLOP) for components that are not flow networks: a cell linked
/// to three rules, such as a suppressed 행정동 cell that is both a parent of its 집계구 and a child of its 자치구.
/// One model per component; the objective changes per cell and GLOP re-solves from the previous basis.
/// </summary>
internal static class LpBounds
{
    /// <summary>Lower and upper bound of each cell of the component (upper: <see cref="long.MaxValue"/> when unbounded).</summary>
    public static (long Lower, long Upper)[] Solve(LinkedTable table, Component component, bool[] suppressed,
        IReadOnlyList<long>? knownUpper = null)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var index = new Dictionary<int, int>(component.Cells.Length);
        var x = new Variable[component.Cells.Length];
        for (var i = 0; i < x.Length; i++)
        {
            index[component.Cells[i]] = i;
            var cap = knownUpper is null || knownUpper[component.Cells[i]] == long.MaxValue
                ? double.PositiveInfinity
                : knownUpper[component.Cells[i]];
            x[i] = solver.MakeNumVar(0, cap, $"x{i}");
        }
        foreach (var r in component.Rules)
        {
            var rule = table.Rules[r];
            double b = 0;
            var row = solver.MakeConstraint(0, 0);
            for (var k = 0; k < rule.Cells.Length; k++)
            {
                var c = rule.Cells[k];
                if (suppressed[c])
                    row.SetCoefficient(x[index[c]], rule.Signs[k]);
                else
                    b -= rule.Signs[k] * (double)(table.Values[c] ?? 0);
            }
            row.SetBounds(b, b);
        }

        var bounds = new (long, long)[x.Length];
        var objective = solver.Objective();
        for (var i = 0; i < x.Length; i++)
        {
            objective.Clear();
            objective.SetCoefficient(x[i], 1);
            objective.SetMinimization();
            var low = Run(solver, table, component, feasibleKnown: false) ?? 0;
            objective.SetMaximization();
            var high = Run(solver, table, component, feasibleKnown: true);
            // Whole hundredths: round towards the narrower interval, so the audit errs on the strict side.
            bounds[i] = ((long)Math.Ceiling(low - 1e-6), high is { } h ? (long)Math.Floor(h + 1e-6) : long.MaxValue);
        }
        return bounds;
    }

    /// <summary>The optimum, or null when unbounded. GLOP's presolve may call an unbounded maximum "infeasible"; once the
    /// minimum has been found the model is known feasible, so that answer means unbounded.</summary>
    private static double? Run(Solver solver, LinkedTable table, Component component, bool feasibleKnown)
    {
        var status = solver.Solve();
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => solver.Objective().Value(),
            Solver.ResultStatus.UNBOUNDED => null,
            Solver.ResultStatus.INFEASIBLE when feasibleKnown => null,
            Solver.ResultStatus.INFEASIBLE => throw new InconsistentReleaseException(
                $"The published cells around {ComponentNetwork.Describe(table, component.Cells[0])} do not add up: no non-negative values fit them."),
            _ => throw new InvalidOperationException($"GLOP stopped with {status}."),
        };
    }
}
