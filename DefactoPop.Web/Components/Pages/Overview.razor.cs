using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>The city over a period: headline figures, the hourly curve with days off shaded, the class split and top districts.</summary>
[Route(DashboardUrls.OverviewPath)]
public sealed partial class Overview
{
    private DateOnly? _from;
    private DateOnly? _to;
    private OverviewModel? _model;
    private ChartSpec? _curve;
    private ChartSpec? _split;
    private ChartSpec? _top;
    private ExportTable? _splitTable;
    private ExportTable? _topTable;
    private string? _meanInterval;
    private string? _maxInterval;
    private string? _minInterval;

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.To)] public string? To { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var filter = PeriodFilter.Parse(From, To);
        var period = await Data.PeriodAsync();
        var to = period.Clamp(filter.To);
        var from = period.Clamp(filter.From ?? to.AddDays(-13), false);
        if (from > to)
            (from, to) = (to, from);
        (_from, _to) = (from, to);
        var m = await Data.OverviewAsync(from, to, 10);
        _model = m;
        _meanInterval = KpiIntervals.Line(KpiIntervals.Mean(m.CitySeries), m.CitySeries, T);
        _maxInterval = KpiIntervals.Line(KpiIntervals.At(m.CitySeries, m.Kpis.Max?.At), m.CitySeries, T);
        _minInterval = KpiIntervals.Line(KpiIntervals.At(m.CitySeries, m.Kpis.Min?.At), m.CitySeries, T);
        _curve = ChartSpecs.CityCurve(m.CitySeries, OverviewCalculator.OffDays(from, to, DayKinds.OffType), T["metric.defacto"], m.Kpis.Registered, T["kpi.registered"], T["interval.ribbon"]);
        var classNames = m.Split.Select(s => T["class." + s.Class.Key()]).ToArray();
        var loaded = m.Split.Select((s, i) => (s, i)).Where(x => x.s.Mean is not null).ToList();
        _split = ChartSpecs.Donut([.. loaded.Select(x => classNames[x.i])], [.. loaded.Select(x => x.s.Mean!.Value)]);
        _splitTable = new ExportTable("class-split", [T["col.kind"], T["col.mean"], T["col.share"]],
            [.. m.Split.Select((s, i) => new object?[] { classNames[i], s.Mean, s.Share is { } share ? Math.Round(share * 100, 2) : null })]);
        var names = m.TopDistricts.Select(d => T.English && d.NameEn is not null ? d.NameEn : d.Name).ToArray();
        _top = ChartSpecs.Bars(names, [.. m.TopDistricts.Select(d => d.Mean)], T["col.defacto"], horizontal: true);
        _topTable = new ExportTable("top-districts", [T["col.rank"], T["col.code"], T["col.name"], T["col.registered"], T["col.defacto"], T["col.ratio"]],
            [.. m.TopDistricts.Select((d, i) => new object?[] { i + 1, d.Code, names[i], d.Registered, d.Mean, d.Mean is { } mean && d.Registered is > 0 and { } reg ? Math.Round(mean / reg, 3) : null })]);
    }

    private string RatioCaption(KpiSet k) => $"{T["kpi.ratio"]} {k.Ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"}";

    private static string At(SlotValue? v) => v is null ? "" : DashboardData.FormatSlot(v.At);

    private void Go(DateOnly? from, DateOnly? to) =>
        Navigation.NavigateTo(DashboardUrls.Overview(new PeriodFilter { From = from, To = to }));
}
