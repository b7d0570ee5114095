using DefactoPop.Core.Domain;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>Turns estimates into OA-level <see cref="PopulationRow"/>s (no disclosure control: the store applies it).</summary>
public static class PopulationRows
{
    /// <summary>Three rows per OA: domestic (28 strata), long-term and short-term (Chinese / other). Totals are the sums of their parts.</summary>
    public static IEnumerable<PopulationRow> FromEstimate(CityFrame city, EstimateHour estimate)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.OaCount != city.OaCount)
            throw new ArgumentException("The estimate does not belong to this city.", nameof(estimate));
        for (var j = 0; j < city.OaCount; j++)
        {
            var code = city.Oas[j].Code;
            var parent = city.Dongs[city.OaDong[j]].Code;
            var strata = new PopValue[Strata.Count];
            double total = 0;
            for (var s = 0; s < Strata.Count; s++)
            {
                var v = Round(estimate.Domestic[j * Strata.Count + s]);
                strata[s] = PopValue.Of(v);
                total += v;
            }
            yield return new PopulationRow(estimate.Slot, ZoneLevel.Oa, code, PopulationClass.Domestic, PopValue.Of(Round(total)))
            {
                ParentCode = parent,
                Strata = strata,
            };
            yield return Foreign(estimate.Slot, code, parent, PopulationClass.LongTermForeign, estimate.LongTerm, j);
            yield return Foreign(estimate.Slot, code, parent, PopulationClass.ShortTermForeign, estimate.ShortTerm, j);
        }
    }

    /// <summary>Rows for a whole day of estimates.</summary>
    public static IEnumerable<PopulationRow> FromEstimates(CityFrame city, IEnumerable<EstimateHour> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        foreach (var e in estimates)
        {
            foreach (var row in FromEstimate(city, e))
                yield return row;
        }
    }

    private static PopulationRow Foreign(HourSlot slot, string code, string parent, PopulationClass cls, float[] values, int oa)
    {
        var chinese = Round(values[oa * 2 + (int)Nationality.Chinese]);
        var other = Round(values[oa * 2 + (int)Nationality.Other]);
        return new PopulationRow(slot, ZoneLevel.Oa, code, cls, PopValue.Of(Round(chinese + other)))
        {
            ParentCode = parent,
            Chinese = PopValue.Of(chinese),
            OtherForeign = PopValue.Of(other),
        };
    }

    /// <summary>
    /// Hundredths of a person: far finer than the estimate's uncertainty, and half the storage of four decimals
    /// (the store keeps whole hundredths in two bytes). Totals are summed from the rounded parts.
    /// </summary>
    private static double Round(double v) => Math.Round(Math.Max(0, v), 2);
}
