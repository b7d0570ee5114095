using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components.Web;

namespace DefactoPop.Web.Components;

/// <summary>The HTML document: styles, scripts and the interactive router (server rendering, no prerender; sign-in is static).</summary>
public sealed partial class App
{
    private static readonly IComponentRenderMode s_mode = new InteractiveServerRenderMode(prerender: false);

    /// <summary>Interactive, except a page that asks to be rendered on the server only (sign-in: a plain form, no circuit).</summary>
    private IComponentRenderMode? PageMode => HttpContext?.AcceptsInteractiveRouting() == false ? null : s_mode;

    /// <summary>Blazor's circuit error bar (#blazor-error-ui), Korean first.</summary>
    private static (string Ko, string En) Circuit => UiText.Both("error.circuit");

    private static (string Ko, string En) Reload => UiText.Both("error.reload");

    private static string Lang => UiText.CurrentIsEnglish ? "en" : "ko";

    /// <summary>The request's Content-Security-Policy nonce: the import map is the one inline script.</summary>
    private string? Nonce => Hosting.SecurityHeaders.Nonce(HttpContext);

    [CascadingParameter] public HttpContext? HttpContext { get; set; }
}
