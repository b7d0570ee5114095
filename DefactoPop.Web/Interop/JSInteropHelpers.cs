using Microsoft.JSInterop;

namespace DefactoPop.Web.Interop;

public static class JSInteropHelpers
{
    /// <summary>Disposes a JS object reference, ignoring only a gone circuit.</summary>
    public static async ValueTask SafeDisposeAsync(IJSObjectReference? reference)
    {
        if (reference is null)
            return;
        try
        {
            await reference.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
