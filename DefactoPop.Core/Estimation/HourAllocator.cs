using DefactoPop.Core.Operator;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Spatial;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Allocation of one hour: the method runs once on the hourly total (all strata and classes) with the land-use prior;
/// every stratum is then spread with the resulting posterior weights, so Σ_OA = Σ_cells per stratum exactly.
/// Cells in outage are removed from P* (their devices camped on neighbours).
/// </summary>
public static class HourAllocator
{
    public static AllocatedHour Allocate(CityFrame city, EstimatorView view, OperatorHour counts, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(counts);
        options ??= new EstimationOptions();
        var coverage = counts.HasOutage ? view.Coverage.Without(counts.Outage) : view.Coverage;
        var totals = new double[counts.CellCount];
        for (var i = 0; i < totals.Length; i++)
            totals[i] = counts.CellTotal(i);
        var prior = LandUsePrior.Compute(city, counts.Slot, options.Prior);
        var result = Allocation.Run(coverage, totals, prior, options.Allocation);
        var w = result.Weights;
        var allocationVariance = new double[w.OaCount];
        for (var j = 0; j < allocationVariance.Length; j++)
        {
            double v = 0;
            for (var k = w.OaStart[j]; k < w.OaStart[j + 1]; k++)
                v += totals[w.Cell[k]] * w.Weight[k] * (1 - w.Weight[k]);
            allocationVariance[j] = v;
        }
        return new AllocatedHour(
            counts.Slot,
            w.Apply(counts.Domestic, Strata.Count),
            w.Apply(counts.LongTerm, 2),
            w.Apply(counts.ShortTerm, 2),
            allocationVariance,
            result.Iterations,
            counts.Outage.Count(o => o));
    }
}
