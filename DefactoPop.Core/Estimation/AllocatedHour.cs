using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Estimation;

/// <summary>KT devices per OA for one hour after allocation: domestic [oa*28+s], foreigners [oa*2+nat].</summary>
public sealed record AllocatedHour(HourSlot Slot, double[] Domestic, double[] LongTerm, double[] ShortTerm, int Iterations, int OutageCells);
