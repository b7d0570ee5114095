namespace DefactoPop.Core.Validation;

/// <summary>Running sums of one level over hours: absolute error and truth (WAPE), covered and counted zone-hours.</summary>
public sealed class LevelTally
{
    /// <summary>Interval coverage only over zone-hours whose truth is at least this (as <see cref="ValidationOptions.CoverageMinTruth"/>).</summary>
    public const double CoverageMinTruth = 1;

    public double AbsError { get; private set; }
    public double Truth { get; private set; }
    public int Covered { get; private set; }
    public int Counted { get; private set; }

    /// <summary>Pooled Σ|Û − U| / ΣU, percent (NaN when no truth).</summary>
    public double WapePct => Truth > 0 ? 100 * AbsError / Truth : double.NaN;

    /// <summary>Share of zone-hours whose truth lies in the stored 90 % interval, percent (NaN when none has one).</summary>
    public double CoveragePct => Counted > 0 ? 100.0 * Covered / Counted : double.NaN;

    public void Add(LevelHour hour)
    {
        ArgumentNullException.ThrowIfNull(hour);
        var estimate = Array.ConvertAll(hour.Estimate, v => double.IsNaN(v) ? 0 : v);
        var truth = hour.Truth.Sum();
        AbsError += ValidationMetrics.WapePct(estimate, hour.Truth) * truth / 100;
        Truth += truth;
        if (hour.Lower is not { } lower || hour.Upper is not { } upper)
            return;
        for (var i = 0; i < hour.Truth.Length; i++)
        {
            var t = hour.Truth[i];
            if (t < CoverageMinTruth || double.IsNaN(lower[i]) || double.IsNaN(upper[i]))
                continue;
            Counted++;
            if (t >= lower[i] && t <= upper[i])
                Covered++;
        }
    }

    public void Add(LevelTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AbsError += other.AbsError;
        Truth += other.Truth;
        Covered += other.Covered;
        Counted += other.Counted;
    }
}

/// <summary>Running sums over hours of everything <see cref="StoredValidation"/> reports; tallies of days add into the overall one.</summary>
public sealed class StoredTally
{
    public LevelTally Oa { get; } = new();
    public LevelTally Dong { get; } = new();
    public LevelTally Gu { get; } = new();
    public LevelTally City { get; } = new();

    /// <summary>集계구, 행정동, 자치구, city.</summary>
    private LevelTally[] Levels => [Oa, Dong, Gu, City];

    public int Days { get; private set; }
    public int Hours { get; private set; }
    public double CityMaxErrorPct { get; private set; }
    public double CityErrorPctSum { get; private set; }

    /// <summary>Hours with foreign figures, and the sums of their long-term, short-term and Chinese-share errors.</summary>
    public int ForeignHours { get; private set; }
    public double LongErrorPctSum { get; private set; }
    public double ShortErrorPctSum { get; private set; }
    public double ChineseShareErrorPpSum { get; private set; }

    /// <summary>Starts the tally of one day.</summary>
    public static StoredTally Day() => new() { Days = 1 };

    public void Add(StoredHour hour)
    {
        ArgumentNullException.ThrowIfNull(hour);
        LevelHour[] levels = [hour.Oa, hour.Dong, hour.Gu, hour.City];
        for (var i = 0; i < levels.Length; i++)
            Levels[i].Add(levels[i]);
        Hours++;
        var cityError = ErrorPct(hour.City.Estimate[0], hour.City.Truth[0]);
        CityMaxErrorPct = Math.Max(CityMaxErrorPct, cityError);
        CityErrorPctSum += cityError;
        if (hour.Foreign is not { } f)
            return;
        ForeignHours++;
        LongErrorPctSum += ErrorPct(f.LongEstimate, f.LongTruth);
        ShortErrorPctSum += ErrorPct(f.ShortEstimate, f.ShortTruth);
        ChineseShareErrorPpSum += 100 * Math.Abs(Share(f.ChineseEstimate, f.LongEstimate + f.ShortEstimate) - Share(f.ChineseTruth, f.LongTruth + f.ShortTruth));
    }

    public void Add(StoredTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Levels.Length; i++)
            Levels[i].Add(other.Levels[i]);
        Days += other.Days;
        Hours += other.Hours;
        CityMaxErrorPct = Math.Max(CityMaxErrorPct, other.CityMaxErrorPct);
        CityErrorPctSum += other.CityErrorPctSum;
        ForeignHours += other.ForeignHours;
        LongErrorPctSum += other.LongErrorPctSum;
        ShortErrorPctSum += other.ShortErrorPctSum;
        ChineseShareErrorPpSum += other.ChineseShareErrorPpSum;
    }

    /// <summary>|Û − U| / U in percent; a missing estimate counts as 0, so it is a 100 % error.</summary>
    public static double ErrorPct(double estimate, double truth) => truth > 0 ? 100 * Math.Abs(Estimate(estimate) - truth) / truth : 0;

    private static double Estimate(double v) => double.IsNaN(v) ? 0 : v;

    private static double Share(double part, double whole) => whole > 0 ? part / whole : 0;
}
