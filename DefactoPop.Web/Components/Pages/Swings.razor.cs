using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>How population swings: city extremes, hour × day heatmap, calendar effects and per-zone swings.</summary>
[Route(DashboardUrls.SwingsPath)]
public sealed partial class Swings
{
    private PeriodFilter _filter = new();
    private DateOnly? _from;
    private DateOnly? _to;
    private SwingsModel? _model;
    private ChartSpec? _heatmap;
    private ExportTable? _calendar;
    private ExportTable? _zones;

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.Level)] public string? Level { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.To)] public string? To { get; set; }

    private IReadOnlyList<(ZoneLevel, string)> LevelOptions => [(ZoneLevel.Gu, T["level.gu"]), (ZoneLevel.Dong, T["level.dong"])];

    protected override async Task OnParametersSetAsync()
    {
        _filter = PeriodFilter.Parse(From, To, Level);
        var period = await Data.PeriodAsync();
        var to = period.Clamp(_filter.To);
        var from = period.Clamp(_filter.From ?? to.AddDays(-27), false);
        (_from, _to) = (from, to);
        var m = await Data.SwingsAsync(_filter.Level, from, to);
        _model = m;
        _heatmap = ChartSpecs.Heatmap(m.Matrix, T["col.hour"]);
        _calendar = new ExportTable("calendar-effects", [T["col.kind"], T["col.days"], T["col.mean"], T["col.diff"], T["col.dropPct"]],
            [.. m.Calendar.Select(c => new object?[] { T["cal." + c.Key], c.Days, c.MeanPresent, c.Difference, Math.Round(c.DifferencePct, 2) })]);
        _zones = new ExportTable($"swings-{_filter.Level.Key()}",
            [T["col.code"], T["col.name"], T["col.minhour"], T["col.maxhour"], T["kpi.min"], T["kpi.max"], T["col.amplitude"], T["col.relamp"]],
            [.. m.Zones.Select(z => new object?[] { z.Code, T.Name(z.Zone), z.MinHour, z.MaxHour, z.MeanMin, z.MeanMax, z.Amplitude, Math.Round(z.RelativeAmplitude, 3) })]);
    }

    private static string At(SlotValue? v) => v is null ? "" : DashboardData.FormatSlot(v.At);

    private void Go(PeriodFilter next) => Navigation.NavigateTo(DashboardUrls.Swings(next));
}
