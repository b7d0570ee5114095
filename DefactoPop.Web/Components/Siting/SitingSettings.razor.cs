using DefactoPop.Core.Siting;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Siting;

/// <summary>The settings of the active workbench: its weights as sliders, k and the number of draws; every change is a new filter (URL).</summary>
public sealed partial class SitingSettings
{
    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required SitingFilter Filter { get; set; }
    [Parameter] public EventCallback<SitingFilter> Changed { get; set; }

    /// <summary>k as the preset uses it when the URL gives none.</summary>
    private int K => Filter.K ?? Filter.Preset switch
    {
        SitingPreset.Senior => Filter.ToSenior().K,
        SitingPreset.Canopy => Filter.ToCanopy().N,
        SitingPreset.Bus => Filter.ToBus().K,
        _ => Filter.ToRetail().K,
    };

    private Task Set(SitingFilter next) => next == Filter ? Task.CompletedTask : Changed.InvokeAsync(next);
}
