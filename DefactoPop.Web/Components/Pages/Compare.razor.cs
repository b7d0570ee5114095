using DefactoPop.Core.Domain;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>Registered against de facto population per zone: top zones, scatter, day/night ratio and the ranking.</summary>
[Route(DashboardUrls.ComparePath)]
public sealed partial class Compare
{
    private CompareFilter _filter = new();
    private DateOnly? _from;
    private DateOnly? _to;
    private IReadOnlyList<RankingRow>? _rows;
    private ChartSpec? _bar;
    private ChartSpec? _scatter;
    private ChartSpec? _dayNight;
    private ExportTable? _table;

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.Level)] public string? Level { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Hour)] public string? Hour { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Days)] public string? Days { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.To)] public string? To { get; set; }

    private IReadOnlyList<(ZoneLevel, string)> LevelOptions => [(ZoneLevel.Gu, T["level.gu"]), (ZoneLevel.Dong, T["level.dong"])];

    private IReadOnlyList<(DayTypeFilter, string)> DayOptions =>
        [(DayTypeFilter.All, T["daytype.all"]), (DayTypeFilter.Weekday, T["daytype.weekday"]), (DayTypeFilter.Weekend, T["daytype.weekend"]), (DayTypeFilter.Holiday, T["daytype.holiday"])];

    protected override async Task OnParametersSetAsync()
    {
        _filter = CompareFilter.Parse(Level, QueryValues.Int(Hour), Days, From, To);
        var period = await Data.PeriodAsync();
        var to = period.Clamp(_filter.To);
        var from = period.Clamp(_filter.From ?? to.AddDays(-6), false);
        (_from, _to) = (from, to);
        var rows = await Data.RankingAsync(_filter.Level, _filter.Hour, _filter.Days, from, to);
        _rows = rows;
        var top = rows.Take(20).ToList();
        _bar = ChartSpecs.GroupedBars([.. top.Select(r => T.Name(r.Zone))],
            [(T["col.registered"], [.. top.Select(r => (double?)r.Registered)], ChartSpecs.Grey), (T["col.defacto"], [.. top.Select(r => r.DeFacto)], ChartSpecs.Blue)]);
        _scatter = ChartSpecs.Scatter(rows, [.. rows.Select(r => T.Name(r.Zone))], T["col.registered"], T["col.defacto"]);
        var byDn = rows.Where(r => r.DayNightRatio is not null).OrderByDescending(r => r.DayNightRatio).Take(20).ToList();
        _dayNight = ChartSpecs.Bars([.. byDn.Select(r => T.Name(r.Zone))], [.. byDn.Select(r => r.DayNightRatio)], T["col.daynight"], color: ChartSpecs.Green);
        _table = new ExportTable($"compare-{_filter.Level.Key()}",
            [T["col.rank"], T["col.code"], T["col.name"], T["col.registered"], T["col.defacto"], T["col.lower"], T["col.upper"], T["col.ratio"], T["col.diff"], T["col.daynight"]],
            [.. rows.Select(r => new object?[] { r.Rank, r.Code, T.Name(r.Zone), r.Registered, r.DeFacto, Round(r.Lower), Round(r.Upper), Round(r.Ratio), r.Difference, Round(r.DayNightRatio) })]);
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 3) : null;

    private void Go(CompareFilter next) => Navigation.NavigateTo(DashboardUrls.Compare(next));
}
