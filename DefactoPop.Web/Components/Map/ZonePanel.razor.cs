using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Map;

/// <summary>One zone: its day (with the 90 % ribbon) against the register, its age-sex pyramid and its last seven days.</summary>
public sealed partial class ZonePanel
{
    private ZoneProfile? _built;
    private ChartSpec? _profile;
    private ChartSpec? _pyramid;
    private ChartSpec? _week;
    private string? _interval;
    private string? _imputed;

    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required ZoneProfile Profile { get; set; }
    [Parameter] public EventCallback OnClose { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_built, Profile))
            return;
        _built = Profile;
        _profile = ChartSpecs.DayProfile(Profile.Day, Profile.Registered, T["metric.defacto"], T["kpi.registered"], T["interval.ribbon"], T["imputed.label"]);
        var at = Profile.Day.FirstOrDefault(p => p.Slot == Profile.Slot);
        _interval = at is { Lower: { } lo, Upper: { } hi } ? T.Interval(lo, hi) : at?.Value is not null ? T["interval.none"] : null;
        var imputedHours = Profile.Day.Where(p => p.Imputed).Select(p => p.Slot.Hour).Order().ToList();
        _imputed = imputedHours.Count > 0 ? string.Format(CultureInfo.InvariantCulture, T["imputed.hours"], HourRanges(imputedHours)) : null;
        _pyramid = ChartSpecs.Pyramid(Profile.Strata, Profile.RegisteredStrata, T["sex.male"], T["sex.female"], $" ({T["kpi.registered"]})");
        _week = ChartSpecs.Week(Profile.Week, T["metric.defacto"]);
    }

    /// <summary>Hours as runs: 3, 4, 5, 9 → "3–5, 9".</summary>
    internal static string HourRanges(IReadOnlyList<int> hours)
    {
        var runs = new List<string>();
        for (var i = 0; i < hours.Count;)
        {
            var j = i;
            while (j + 1 < hours.Count && hours[j + 1] == hours[j] + 1)
                j++;
            runs.Add(i == j ? $"{hours[i]}" : $"{hours[i]}–{hours[j]}");
            i = j + 1;
        }
        return string.Join(", ", runs);
    }

    private double? Value() => Profile.Day.FirstOrDefault(p => p.Slot == Profile.Slot)?.Value;

    private string Ratio()
    {
        var at = Profile.Day.FirstOrDefault(p => p.Slot == Profile.Slot)?.Value;
        return at is { } v && Profile.Registered > 0 ? (v / Profile.Registered).ToString("0.00", CultureInfo.InvariantCulture) : "–";
    }
}
