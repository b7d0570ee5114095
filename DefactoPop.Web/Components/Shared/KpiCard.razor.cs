using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>One headline figure with its title and an optional caption.</summary>
public sealed partial class KpiCard
{
    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter, EditorRequired] public required string Title { get; set; }
    [Parameter, EditorRequired] public required string Value { get; set; }
    [Parameter] public string? Caption { get; set; }
}
