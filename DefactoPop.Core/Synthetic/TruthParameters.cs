namespace DefactoPop.Core.Synthetic;

/// <summary>
/// Tuned parameters of the movement model (see CalibrationReport; tuned so 2017-Q4 reproduces the published headline).
/// Activities: 0 office, 1 commercial/leisure, 2 university, 3 park, 4 local (near home, own district).
/// Groups: 0 children 0-9, 1 teens 10-19, 2 young 20-29, 3 adults 30-59, 4 seniors 60-69, 5 old 70+.
/// </summary>
internal static class TruthParameters
{
    public const int Activities = 5;
    public const int Groups = 6;
    public const int Office = 0, Commercial = 1, University = 2, Park = 3, Local = 4;

    /// <summary>Group of each age band.</summary>
    public static readonly int[] GroupOfBand = [0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 5];

    /// <summary>Residents present at night beyond the register (officetels, students, unregistered movers), as a share of it.</summary>
    public const double UnderRegistered = 0.074;

    /// <summary>Extra night residents by age group (students and young workers are the least registered).</summary>
    public static readonly double[] UnderRegisteredByGroup = [0.5, 0.6, 2.2, 1.0, 0.7, 0.5];

    /// <summary>District multiplier on de facto night residents (SIG code → factor); 1 elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, double> ResidentFactor = new Dictionary<string, double>
    {
        ["11680"] = 1.05, // 강남: officetels, unregistered young workers
        ["11650"] = 1.32, // 서초
        ["11710"] = 0.97, // 송파
        ["11545"] = 0.87, // 금천: registered residents who live elsewhere
    };

    /// <summary>District multiplier on office and commercial attraction (SIG code → factor); 1 elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, double> DistrictPull = new Dictionary<string, double>
    {
        ["11680"] = 0.65, // 강남
        ["11650"] = 1.60, // 서초: courts, Samsung, the west side of 강남역
        ["11710"] = 0.85, // 송파
        ["11110"] = 1.10, // 종로: ministries and old downtown
    };

    /// <summary>Per-hour OA noise on movement (uniform ±), total-preserving.</summary>
    public const double OaNoise = 0.04;

    // ---- Day shapes (24 hours) ----

    /// <summary>Weekday share of the peak out-of-home fraction by hour.</summary>
    public static readonly double[] WeekdayOut =
        [0.02, 0.01, 0, 0, 0, 0, 0.05, 0.25, 0.65, 0.9, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.8, 0.6, 0.45, 0.32, 0.2, 0.08];

    /// <summary>Weekend and holiday share of the peak out-of-home fraction by hour.</summary>
    public static readonly double[] WeekendOut =
        [0.06, 0.04, 0.02, 0, 0, 0, 0, 0.05, 0.15, 0.35, 0.6, 0.8, 0.9, 1, 1, 1, 0.95, 0.85, 0.75, 0.6, 0.45, 0.32, 0.2, 0.1];

    /// <summary>Peak out-of-home fraction [dayType][group].</summary>
    public static readonly double[][] PeakOut =
    [
        [0.60, 0.85, 0.70, 0.68, 0.45, 0.22], // weekday
        [0.30, 0.45, 0.60, 0.45, 0.35, 0.15], // Saturday
        [0.25, 0.35, 0.50, 0.38, 0.30, 0.13], // Sunday or holiday
        [0.20, 0.30, 0.40, 0.30, 0.25, 0.12], // Chuseok
    ];

    /// <summary>How those out split over the activities, by group: weekday daytime, evening and night, weekend and holiday.</summary>
    public static readonly OutSplit[] Split =
    [
        new(Day: [0, 0, 0, 0.05, 0.95], Evening: [0, 0, 0, 0, 1], Weekend: [0, 0.30, 0, 0.30, 0.40]), // children
        new(Day: [0, 0.05, 0, 0, 0.95], Evening: [0, 0.30, 0, 0, 0.70], Weekend: [0, 0.45, 0, 0.15, 0.40]), // teens
        new(Day: [0.50, 0.20, 0.30, 0, 0], Evening: [0.15, 0.70, 0.10, 0, 0.05], Weekend: [0.05, 0.70, 0.05, 0.10, 0.10]), // young
        new(Day: [0.72, 0.14, 0, 0.02, 0.12], Evening: [0.25, 0.60, 0, 0, 0.15], Weekend: [0.08, 0.55, 0, 0.17, 0.20]), // adults
        new(Day: [0.30, 0.25, 0, 0.15, 0.30], Evening: [0.05, 0.50, 0, 0.10, 0.35], Weekend: [0.03, 0.40, 0, 0.27, 0.30]), // seniors
        new(Day: [0, 0.25, 0, 0.20, 0.55], Evening: [0, 0.30, 0, 0.10, 0.60], Weekend: [0, 0.30, 0, 0.25, 0.45]), // old
    ];

    /// <summary>Weight of the evening split by hour (0 = daytime split).</summary>
    public static readonly double[] EveningWeight =
        [1, 1, 1, 1, 1, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 1, 1, 1, 1, 1];

    // ---- Residents outside Seoul ----

    /// <summary>Share of Seoul's residents outside Seoul: base and extra at the peak, [dayType].</summary>
    public static readonly double[] AwayBase = [0.012, 0.015, 0.015, 0.02];
    public static readonly double[] AwayPeak = [0.060, 0.050, 0.045, 0.02];

    /// <summary>Index of the [dayType] tables for a 설날 or 추석 break (after the three <see cref="Domain.DayType"/>s).</summary>
    public const int HolidayBreak = 3;

    /// <summary>Chuseok exodus: extra share away on each day of the 2017 break (09-30 … 10-09); other breaks use it centred on their main day.</summary>
    public static readonly double[] ChuseokExodus = [0.12, 0.17, 0.215, 0.20, 0.19, 0.16, 0.12, 0.08, 0.05, 0.025];

    /// <summary>Index of the main day (추석 2017-10-04) in <see cref="ChuseokExodus"/>.</summary>
    public const int ExodusMainDay = 4;

    /// <summary>Hour profile of the exodus: departures peak in the early morning, visitors come by day.</summary>
    public static readonly double[] ChuseokExodusHour =
        [0.94, 0.94, 0.94, 0.95, 0.96, 0.98, 0.995, 1.0, 0.995, 0.985, 0.975, 0.97, 0.965, 0.96, 0.96, 0.96, 0.96, 0.955, 0.95, 0.95, 0.95, 0.945, 0.94, 0.94];

    // ---- Non-residents (Gyeonggi 78.6%, Incheon 10.5%, elsewhere) ----

    /// <summary>Non-residents present at night and at the daily peak, [dayType], before the season factor.</summary>
    public static readonly double[] InboundNight = [250_000, 250_000, 200_000, 100_000];
    public static readonly double[] InboundPeak = [1_550_000, 800_000, 600_000, 350_000];

    /// <summary>Weekday non-resident hour shape (commuters).</summary>
    public static readonly double[] InboundWeekdayShape =
        [0, 0, 0, 0, 0, 0.02, 0.1, 0.35, 0.75, 0.93, 0.97, 0.98, 0.98, 0.99, 1, 0.99, 0.96, 0.88, 0.65, 0.45, 0.32, 0.22, 0.13, 0.05];

    /// <summary>Activity split of non-residents: weekday day, weekday evening, weekend.</summary>
    public static readonly double[] InboundDaySplit = [0.72, 0.20, 0.06, 0.02, 0];
    public static readonly double[] InboundEveningSplit = [0.45, 0.55, 0, 0, 0];

    /// <summary>Non-residents in Seoul at night (0-5 h): staying with residents (local, spread like the residents), night shifts, nightlife.</summary>
    public static readonly double[] InboundNightSplit = [0.20, 0.30, 0, 0, 0.50];
    public static readonly double[] InboundWeekendSplit = [0.10, 0.65, 0.05, 0.20, 0];

    /// <summary>Male share of non-resident commuters.</summary>
    public const double InboundMaleShare = 0.58;

    /// <summary>Weekday factors Monday … Friday on non-residents (mid-week busiest).</summary>
    public static readonly double[] WeekdayFactor = [0.985, 0.995, 1.0, 0.995, 0.985];

    /// <summary>Seasonal rise of non-residents towards the year-end peak on 12-20, and after it.</summary>
    public const double SeasonAmplitude = 0.08;
    public static readonly DateOnly SeasonStart = new(2017, 10, 10);
    public static readonly DateOnly SeasonPeak = new(2017, 12, 20);
    public const double SeasonAfterPeakFloor = 0.4;

    // ---- Foreigners ----

    /// <summary>Long-term foreigners present per registered foreigner (KT counts more than the register).</summary>
    public const double LongTermPresence = 1.525;

    /// <summary>Long-term present factor during Chuseok (some travel).</summary>
    public const double LongTermChuseok = 0.95;

    /// <summary>Peak daytime out-of-home fraction of long-term foreigners [dayType] and their work share.</summary>
    public static readonly double[] LongTermOut = [0.55, 0.35, 0.30, 0.30];
    public const double LongTermWorkShare = 0.75;

    /// <summary>Short-term visitors present on an ordinary weekday, and their Chinese share.</summary>
    public const double ShortTermBase = 193_000;
    public const double ShortTermChineseShare = 0.55;

    /// <summary>Weekend bump and the Chinese Golden Week (10-01 … 10-08) bump of short-term visitors.</summary>
    public const double ShortTermWeekend = 1.05;
    public const double ShortTermGoldenWeekChinese = 1.35;
    public static readonly DateOnly GoldenWeekStart = new(2017, 10, 1);
    public static readonly DateOnly GoldenWeekEnd = new(2017, 10, 8);

    /// <summary>Share of visitors at their hotel by hour.</summary>
    public static readonly double[] ShortTermHotel =
        [0.95, 0.97, 0.98, 0.98, 0.98, 0.97, 0.92, 0.85, 0.7, 0.5, 0.35, 0.28, 0.25, 0.22, 0.22, 0.24, 0.28, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.92];
}

/// <summary>One group's split of those out [activity]: weekday daytime, weekday evening and night, weekend and holiday.</summary>
internal sealed record OutSplit(double[] Day, double[] Evening, double[] Weekend);
