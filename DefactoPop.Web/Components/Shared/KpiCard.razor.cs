using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>One headline figure with its title, its interval and an optional caption.</summary>
public sealed partial class KpiCard
{
    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter, EditorRequired] public required string Title { get; set; }
    [Parameter, EditorRequired] public required string Value { get; set; }
    [Parameter] public string? Caption { get; set; }

    /// <summary>The figure's 90 % interval ("90% 구간 1,171–1,196만"), or the note that the data has none.</summary>
    [Parameter] public string? Interval { get; set; }
}
