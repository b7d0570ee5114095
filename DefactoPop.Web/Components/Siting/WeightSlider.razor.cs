using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Siting;

/// <summary>A weight from 0 to 1 in steps of 0.05, labelled with its value.</summary>
public sealed partial class WeightSlider
{
    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter, EditorRequired] public required string Label { get; set; }
    [Parameter] public double Value { get; set; }
    [Parameter] public EventCallback<double> Changed { get; set; }

    private Task SetAsync(double value) => Math.Abs(value - Value) < 1e-9 ? Task.CompletedTask : Changed.InvokeAsync(value);
}
