using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>City sums of one hour of truth (Koreans, Korean men, long-term and short-term foreigners, Chinese visitors).</summary>
public readonly record struct HourTotals(HourSlot Slot, double Domestic, double DomesticMale, double LongTerm, double ShortTerm, double ShortTermChinese)
{
    public double Total => Domestic + LongTerm + ShortTerm;
}
