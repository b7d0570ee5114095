using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Siting;

/// <summary>How a run treats uncertainty: the number of demand draws (draw 0 = the point estimate) and the seed.</summary>
public sealed record SitingRun(int Draws = 30, int Seed = 1)
{
    /// <summary>Share of the draws done, 0–1.</summary>
    public IProgress<double>? Progress { get; init; }
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Which senior facility the run adds: 경로당 (walking catchment) or 노인복지관 (vehicle catchment).</summary>
public enum SeniorFacility
{
    Gyeongrodang,
    WelfareCentre,
}

/// <summary>노인복지시설 defaults (use-cases.md §2.4): weekday 10–16 presence of people 65+, MCLP for k new sites.</summary>
public sealed record SeniorOptions
{
    public SeniorFacility Facility { get; init; } = SeniorFacility.Gyeongrodang;
    public int K { get; init; } = 3;

    /// <summary>Coverage radius (m); null = the facility's default: 500 m (≈ 7 min walk) for 경로당, 3 km (20–30 min by vehicle) for 복지관.</summary>
    public double? Radius { get; init; }

    /// <summary>Blend of presence and the register: w = α·presence + (1−α)·registered 65+ (1 = presence only).</summary>
    public double Alpha { get; init; } = 1.0;

    public DemandSelection Demand { get; init; } = new([DemandWindow.Weekdays(10, 16)],
        DemandSelection.Bands([AgeBand.A65To69, AgeBand.A70Plus]));

    public double CoverageRadius => Radius ?? (Facility == SeniorFacility.Gyeongrodang ? 500 : 3000);
}

/// <summary>그늘막 defaults (use-cases.md §3.4): crosswalk candidates, heat gate, vulnerable presence 12–17 h, spacing and exclusion.</summary>
public sealed record CanopyOptions
{
    public double HeatWeight { get; init; } = 0.3;
    public double VulnerableWeight { get; init; } = 0.4;
    public double CrossingWeight { get; init; } = 0.2;
    public double VolumeWeight { get; init; } = 0.1;
    public Aggregation Aggregation { get; init; } = Aggregation.Linear;

    /// <summary>Absolute gate (°C) used when the temperature layer is a surface temperature.</summary>
    public double GateCelsius { get; init; } = 33;

    /// <summary>Share of the hottest candidates kept when no surface temperature is loaded.</summary>
    public double GateTopShare { get; init; } = 0.2;

    /// <summary>Road width (m) below which a crosswalk is not eligible (MOIS guideline: 4 m).</summary>
    public double MinRoadWidth { get; init; } = 4;

    /// <summary>No new canopy within this distance (m) of an existing one.</summary>
    public double ExclusionRadius { get; init; } = 50;

    public int N { get; init; } = 20;

    /// <summary>Minimum distance (m) between two chosen sites.</summary>
    public double Spacing { get; init; } = 100;

    /// <summary>Radius (m) in which presence counts as a crosswalk's exposure.</summary>
    public double Buffer { get; init; } = 150;

    public DemandSelection Vulnerable { get; init; } = new([DemandWindow.Weekdays(12, 17)],
        DemandSelection.Bands([AgeBand.A0To9, AgeBand.A10To14, AgeBand.A60To64, AgeBand.A65To69, AgeBand.A70Plus]));

    public DemandSelection Everyone { get; init; } = new([DemandWindow.Weekdays(12, 17)], DemandSelection.Everyone());
}

/// <summary>광역버스 defaults (use-cases.md §1.4): weekday arrivals 06–09 from outside Seoul to 행정동 clusters.</summary>
public sealed record BusOptions
{
    public int FromHour { get; init; } = 6;
    public int ToHour { get; init; } = 9;
    public double DemandWeight { get; init; } = 0.5;
    public double InefficiencyWeight { get; init; } = 0.3;
    public double UnmetWeight { get; init; } = 0.2;

    /// <summary>Destination 행정동 within this distance (m) of a cluster's seed join it.</summary>
    public double ClusterRadius { get; init; } = 1500;
    public int StopsPerEnd { get; init; } = 4;
    public double StopRadius { get; init; } = 500;
    public double CaptureRate { get; init; } = 0.10;
    public double Seats { get; init; } = 45;
    public double LoadFactor { get; init; } = 1.0;
    public double MinHeadway { get; init; } = 5;
    public double MaxHeadway { get; init; } = 30;
    public double ReferenceSpeedKmh { get; init; } = 25;

    /// <summary>Corridors to rank and propose routes for.</summary>
    public int K { get; init; } = 10;
}

/// <summary>The two retail presets.</summary>
public enum RetailKind
{
    FastFood,
    Cosmetics,
}

/// <summary>
/// 민간 타깃 defaults (use-cases.md §4.4, issue 11): an audience index at 행정동 level and above only, score
/// T^β·(A/100)^(1−β), the Huff model against competitor shops.
/// </summary>
public sealed record RetailOptions
{
    public RetailKind Kind { get; init; } = RetailKind.FastFood;

    /// <summary>Weight of volume against affinity; null = the preset's (0.7 fast food, 0.5 cosmetics).</summary>
    public double? Beta { get; init; }

    /// <summary>Weight of short-term Chinese visitors in the cosmetics audience (0 = off).</summary>
    public double ChineseVisitorWeight { get; init; } = 1;
    public double HuffLambda { get; init; } = -2;
    public int K { get; init; } = 10;

    public double VolumeWeight => Beta ?? (Kind == RetailKind.FastFood ? 0.7 : 0.5);

    /// <summary>The target audience: fast food = 15–29 both sexes, weekday evenings 17–21 and weekends 12–20; cosmetics = women 20–34 (+ short-term Chinese), weekends 12–18 and weekdays 12–15.</summary>
    public DemandSelection Target => Kind == RetailKind.FastFood
        ? new([DemandWindow.Weekdays(17, 21), DemandWindow.Weekends(12, 20)],
            DemandSelection.Bands([AgeBand.A15To19, AgeBand.A20To24, AgeBand.A25To29]))
        : new([DemandWindow.Weekends(12, 18), DemandWindow.Weekdays(12, 15)],
            DemandSelection.Bands([AgeBand.A20To24, AgeBand.A25To29, AgeBand.A30To34], Sex.Female))
        { ShortTermChinese = ChineseVisitorWeight };

    /// <summary>Everyone present in the same windows: the base of the affinity index.</summary>
    public DemandSelection Base => new(Target.Windows, DemandSelection.Everyone())
        { ShortTermChinese = 1, ShortTermOther = 1, LongTermChinese = 1, LongTermOther = 1 };
}
