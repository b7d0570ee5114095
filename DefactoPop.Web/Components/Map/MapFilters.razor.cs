using DefactoPop.Core.Domain;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Map;

/// <summary>The map's filters: level, metric, sex, age band, date and (for output areas) the district.</summary>
public sealed partial class MapFilters
{
    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required MapFilter Filter { get; set; }

    /// <summary>The date shown (the filter's, or the default the page picked).</summary>
    [Parameter] public DateOnly? Date { get; set; }
    [Parameter] public IReadOnlyList<Zone> Districts { get; set; } = [];
    [Parameter] public EventCallback<MapFilter> Changed { get; set; }

    private Task EmitAsync(MapFilter next) => Changed.InvokeAsync(next);
}
