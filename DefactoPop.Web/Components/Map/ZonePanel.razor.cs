using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Map;

/// <summary>One zone: its day against the register, its age-sex pyramid and its last seven days.</summary>
public sealed partial class ZonePanel
{
    private ZoneProfile? _built;
    private ChartSpec? _profile;
    private ChartSpec? _pyramid;
    private ChartSpec? _week;

    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required ZoneProfile Profile { get; set; }
    [Parameter] public EventCallback OnClose { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_built, Profile))
            return;
        _built = Profile;
        _profile = ChartSpecs.DayProfile(Profile.Day, Profile.Registered, T["metric.defacto"], T["kpi.registered"]);
        _pyramid = ChartSpecs.Pyramid(Profile.Strata, Profile.RegisteredStrata, T["sex.male"], T["sex.female"], $" ({T["kpi.registered"]})");
        _week = ChartSpecs.Week(Profile.Week, T["metric.defacto"]);
    }

    private string Ratio()
    {
        var at = Profile.Day.FirstOrDefault(p => p.Slot == Profile.Slot)?.Value;
        return at is { } v && Profile.Registered > 0 ? (v / Profile.Registered).ToString("0.00", CultureInfo.InvariantCulture) : "–";
    }
}
