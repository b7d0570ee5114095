using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// KT devices per OA for one hour after allocation: domestic [oa*28+s], foreigners [oa*2+nat], and the allocation variance of
/// each OA's device total, Σ_i c_i w_ij (1 − w_ij) (each device of cell i lands in OA j with probability w_ij).
/// </summary>
public sealed record AllocatedHour(
    HourSlot Slot, double[] Domestic, double[] LongTerm, double[] ShortTerm, double[] AllocationVariance, int Iterations, int OutageCells)
{
    /// <summary>OAs whose figures were imputed for a cell outage (<see cref="OutageImputation"/>); null when none were.</summary>
    public bool[]? Imputed { get; init; }
}
