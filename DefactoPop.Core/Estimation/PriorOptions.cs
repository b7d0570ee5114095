namespace DefactoPop.Core.Estimation;

/// <summary>
/// Time-of-day land-use prior: π[oa, t] = home(t) · registered[oa] + ρ · area[oa] · Σ_u share[oa, u] · intensity_u(t),
/// ρ = city registered density. Intensities are relative to ρ; a small floor keeps every OA possible.
/// </summary>
public sealed record PriorOptions
{
    public double OfficeIntensity { get; init; } = 3.0;
    public double CommercialIntensity { get; init; } = 1.5;
    public double UniversityIntensity { get; init; } = 1.5;
    public double ParkIntensity { get; init; } = 0.3;

    /// <summary>Weekend/holiday scaling of office and university activity.</summary>
    public double WeekendWorkFactor { get; init; } = 0.3;

    /// <summary>Peak share of residents away from home, weekday and weekend.</summary>
    public double WeekdayAwayShare { get; init; } = 0.45;
    public double WeekendAwayShare { get; init; } = 0.30;

    /// <summary>Floor, relative to ρ · area.</summary>
    public double Floor { get; init; } = 0.02;
}
