using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>A labelled row of toggle buttons, one per option; the selected one is filled.</summary>
public sealed partial class ChoiceGroup<TValue>
{
    [Parameter] public string? Id { get; set; }
    [Parameter] public string? Label { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<(TValue Value, string Text)> Options { get; set; }
    [Parameter] public TValue? Value { get; set; }
    [Parameter] public EventCallback<TValue> ValueChanged { get; set; }

    private bool IsSelected(TValue value) => EqualityComparer<TValue>.Default.Equals(value, Value);

    private static string? DataValue(TValue value) => Convert.ToString(value, CultureInfo.InvariantCulture);

    private async Task SelectAsync(TValue value)
    {
        if (!IsSelected(value))
            await ValueChanged.InvokeAsync(value);
    }
}
