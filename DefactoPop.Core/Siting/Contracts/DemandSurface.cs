using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Siting;

/// <summary>
/// Demand per zone for a siting run: the mean presence over the selection's hours, with its 90 % bounds where the store
/// holds intervals (<see cref="Lower"/>/<see cref="Upper"/> null for imported official files, which carry none).
/// </summary>
public sealed record DemandSurface(IReadOnlyList<SitingZone> Zones, double[] Value, double[]? Lower, double[]? Upper)
{
    public bool HasIntervals => Lower is not null && Upper is not null;

    /// <summary>Draws of this surface (draw 0 is the point estimate), see <see cref="DemandDraws"/>.</summary>
    public double[][] Draws(int count, int seed) => DemandDraws.Draw(Value, Lower, Upper, count, seed);
}

/// <summary>An hour window [<see cref="FromHour"/>, <see cref="ToHour"/>) on some kinds of day, e.g. weekdays 10–16.</summary>
public sealed record DemandWindow(IReadOnlyList<DayType> Days, int FromHour, int ToHour)
{
    public bool Contains(DayType day, int hour) => Days.Contains(day) && hour >= FromHour && hour < ToHour;

    public static DemandWindow Weekdays(int from, int to) => new([DayType.Weekday], from, to);

    public static DemandWindow Weekends(int from, int to) => new([DayType.Saturday, DayType.SundayOrHoliday], from, to);
}

/// <summary>
/// Who counts as demand: a weight per domestic stratum (<see cref="Strata.Index"/>, 28) and per foreign class ×
/// nationality, over one or more hour windows (the mean over every matching hour of the period).
/// </summary>
public sealed record DemandSelection(IReadOnlyList<DemandWindow> Windows, IReadOnlyList<double> Domestic)
{
    public double ShortTermChinese { get; init; }
    public double ShortTermOther { get; init; }
    public double LongTermChinese { get; init; }
    public double LongTermOther { get; init; }

    public bool Contains(DayType day, int hour) => Windows.Any(w => w.Contains(day, hour));

    /// <summary>Weight 1 on the given bands of both sexes (or one sex).</summary>
    public static double[] Bands(IEnumerable<AgeBand> bands, Sex? sex = null, double weight = 1)
    {
        var w = new double[Strata.Count];
        foreach (var band in bands)
        {
            foreach (var s in sex is { } one ? [one] : new[] { Sex.Male, Sex.Female })
                w[Strata.Index(s, band)] = weight;
        }
        return w;
    }

    /// <summary>Every Korean present (all strata, weight 1).</summary>
    public static double[] Everyone() => [.. Enumerable.Repeat(1.0, Strata.Count)];
}
