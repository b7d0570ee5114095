using DefactoPop.Core.Domain;
using DefactoPop.Core.CityInputs;

namespace DefactoPop.Core.Estimation;

/// <summary>The estimator's prior a[oa, t] from the register, land-use shares and the hour/day type (no truth involved).</summary>
public static class LandUsePrior
{
    // Share of people away from home / activity level by hour (0-23): weekday work rhythm.
    private static readonly double[] s_work =
        [0.03, 0.03, 0.03, 0.03, 0.03, 0.04, 0.10, 0.35, 0.60, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.68, 0.55, 0.40, 0.30, 0.20, 0.10, 0.05];

    // Shopping / leisure rhythm.
    private static readonly double[] s_leisure =
        [0.15, 0.10, 0.05, 0.03, 0.03, 0.03, 0.05, 0.10, 0.20, 0.35, 0.50, 0.65, 0.75, 0.75, 0.75, 0.75, 0.80, 0.85, 0.90, 0.90, 0.80, 0.60, 0.40, 0.25];

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Prior mass per OA for one slot (not normalised).</summary>
    public static double[] Compute(CityFrame city, HourSlot slot, PriorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        options ??= new PriorOptions();
        var n = city.OaCount;
        var registered = RegisteredTotals(city);
        var area = Areas(city);
        var density = registered.Sum() / Math.Max(1e-9, area.Sum());
        var weekend = IsWeekend(slot.Date);
        var work = s_work[slot.Hour] * (weekend ? options.WeekendWorkFactor : 1.0);
        var leisure = s_leisure[slot.Hour];
        var home = weekend
            ? 1.0 - options.WeekendAwayShare * s_leisure[slot.Hour] / 0.9
            : 1.0 - options.WeekdayAwayShare * s_work[slot.Hour] / 0.7;
        var prior = new double[n];
        for (var j = 0; j < n; j++)
        {
            var b = j * 5;
            var activity =
                city.OaLandUseShares[b + (int)LandUse.Office] * options.OfficeIntensity * work +
                city.OaLandUseShares[b + (int)LandUse.University] * options.UniversityIntensity * work +
                city.OaLandUseShares[b + (int)LandUse.Commercial] * options.CommercialIntensity * leisure +
                city.OaLandUseShares[b + (int)LandUse.Park] * options.ParkIntensity * leisure;
            prior[j] = home * registered[j] + density * area[j] * (activity + options.Floor);
        }
        return prior;
    }

    internal static double[] RegisteredTotals(CityFrame city)
    {
        var n = city.OaCount;
        var r = new double[n];
        for (var j = 0; j < n; j++)
        {
            double sum = 0;
            for (var s = 0; s < Strata.Count; s++)
                sum += city.RegisteredDomestic[j * Strata.Count + s];
            r[j] = sum + city.RegisteredForeign[j * 2] + city.RegisteredForeign[j * 2 + 1];
        }
        return r;
    }

    /// <summary>OA areas in km²; missing areas get the mean of the known ones.</summary>
    internal static double[] Areas(CityFrame city)
    {
        var a = city.Oas.Select(z => z.AreaKm2).ToArray();
        var known = a.Where(v => v > 0).ToArray();
        var fill = known.Length > 0 ? known.Average() : 1.0;
        for (var j = 0; j < a.Length; j++)
        {
            if (!(a[j] > 0))
                a[j] = fill;
        }
        return a;
    }
}
