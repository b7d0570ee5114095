using DefactoPop.Core.Abstractions;

namespace DefactoPop.Web.ViewModels;

public sealed record OverviewModel(
    DateOnly From,
    DateOnly To,
    KpiSet Kpis,
    IReadOnlyList<SeriesPoint> CitySeries,
    IReadOnlyList<ClassShare> Split,
    IReadOnlyList<DistrictSummary> TopDistricts);
