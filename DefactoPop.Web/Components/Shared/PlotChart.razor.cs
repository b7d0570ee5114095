using DefactoPop.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Shared;

/// <summary>A Plotly chart drawn in the browser from a <see cref="ChartSpec"/>, with PNG and SVG download.</summary>
public sealed partial class PlotChart : IAsyncDisposable
{
    private ChartInterop? _charts;
    private ChartSpec? _rendered;

    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter] public string? Title { get; set; }
    [Parameter] public string? Caption { get; set; }
    [Parameter] public ChartSpec? Spec { get; set; }
    [Parameter] public string FileName { get; set; } = "chart";
    [Parameter] public string CssClass { get; set; } = "dp-chart";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (Spec is not null && !ReferenceEquals(Spec, _rendered))
        {
            _rendered = Spec;
            _charts ??= new ChartInterop(JS);
            try
            {
                await _charts.RenderAsync(Id, Spec);
            }
            catch (JSException)
            {
                // plotly.js missing or the figure invalid: leave the box empty rather than end the circuit
                _rendered = null;
            }
        }
    }

    private async Task DownloadAsync(string format)
    {
        _charts ??= new ChartInterop(JS);
        await _charts.DownloadAsync(Id, format, FileName);
    }

    public async ValueTask DisposeAsync()
    {
        if (_charts is not null)
            await _charts.DisposeAsync();
    }
}
