using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.ViewModels;

/// <summary>What the zone side panel shows: a day's 24 hours, the register, the age-sex pyramid and a 7-day pattern.</summary>
public sealed record ZoneProfile(
    Zone Zone,
    HourSlot Slot,
    IReadOnlyList<SeriesPoint> Day,
    double Registered,
    PopValue[]? Strata,
    double[]? RegisteredStrata,
    IReadOnlyList<(DateOnly Date, double? Mean)> Week);
