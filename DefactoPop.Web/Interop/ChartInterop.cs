using Microsoft.JSInterop;

namespace DefactoPop.Web.Interop;

/// <summary>Typed face of wwwroot/js/charts.js: draws Plotly specs and downloads them as PNG or SVG in the browser.</summary>
public sealed class ChartInterop(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/charts.js";
    private IJSObjectReference? _module;

    private async ValueTask<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    public async ValueTask RenderAsync(string elementId, ChartSpec spec, CancellationToken ct = default) =>
        await (await ModuleAsync()).InvokeVoidAsync("render", ct, elementId, spec.Data, spec.Layout);

    /// <param name="format">"png" or "svg".</param>
    public async ValueTask DownloadAsync(string elementId, string format, string fileName, CancellationToken ct = default) =>
        await (await ModuleAsync()).InvokeVoidAsync("download", ct, elementId, format, fileName);

    public async ValueTask DisposeAsync()
    {
        await JSInteropHelpers.SafeDisposeAsync(_module);
        _module = null;
    }
}
