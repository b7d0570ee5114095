using Microsoft.JSInterop;

namespace DefactoPop.Web.Interop;

/// <summary>Typed face of wwwroot/js/download.js: saves bytes streamed from the server as a file.</summary>
public sealed class DownloadInterop(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/download.js";
    private IJSObjectReference? _module;

    public async ValueTask SaveAsync(string fileName, string contentType, byte[] bytes, CancellationToken ct = default)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        using var stream = new MemoryStream(bytes);
        using var reference = new DotNetStreamReference(stream);
        await _module.InvokeVoidAsync("saveStream", ct, fileName, contentType, reference);
    }

    public async ValueTask DisposeAsync()
    {
        await JSInteropHelpers.SafeDisposeAsync(_module);
        _module = null;
    }
}
