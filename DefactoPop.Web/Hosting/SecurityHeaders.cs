using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DefactoPop.Web.Queries;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// Response headers of every answer: a Content-Security-Policy with a per-request nonce (the only inline script is
/// Blazor's import map), nosniff, a strict referrer policy, a minimal Permissions-Policy, and HSTS outside
/// Development. Added first in the pipeline by a startup filter, so API answers, 404s and 429s carry them too.
/// </summary>
public static partial class SecurityHeaders
{
    /// <summary>The key of the request's CSP nonce in <see cref="HttpContext.Items"/>.</summary>
    public const string NonceKey = "defactopop.csp-nonce";

    /// <summary>The OpenAPI reference page (Scalar): the one place that gets 'unsafe-eval'.</summary>
    public const string ScalarPath = "/scalar";

    public const string PermissionsPolicy =
        "fullscreen=(self), screen-wake-lock=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddTransient<IStartupFilter, SecurityHeadersStartupFilter>();

    /// <summary>The nonce of this request's inline scripts (null outside a request that went through the middleware).</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>
    /// The policy. Relaxations: a nonce for the import map (Blazor renders it inline); 'unsafe-inline' styles (MudBlazor
    /// and Plotly set style attributes and inject style elements); data: and blob: images (Leaflet markers, the PNG
    /// export); ws:/wss: for the Blazor Server circuit; the basemap's origin when a tile URL is configured.
    /// </summary>
    /// <param name="eval">'unsafe-eval' too: only the API reference page (/scalar), whose bundled script evaluates code.</param>
    public static string Policy(string nonce, string? tileUrl, bool eval = false)
    {
        var tiles = TileOrigin(tileUrl) is { } origin ? " " + origin : "";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'" + (eval ? " 'unsafe-eval'" : ""),
            "style-src 'self' 'unsafe-inline'",
            $"img-src 'self' data: blob:{tiles}",
            "connect-src 'self' ws: wss:",
            "font-src 'self' data:",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'");
    }

    /// <summary>"https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" → "https://*.tile.openstreetmap.org"; null when not an http(s) URL.</summary>
    public static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl) || OriginPattern().Match(tileUrl.Trim()) is not { Success: true } m)
            return null;
        var host = m.Groups["host"].Value.Replace("{s}", "*", StringComparison.Ordinal);
        return HostPattern().IsMatch(host) ? $"{m.Groups["scheme"].Value.ToLowerInvariant()}://{host}" : null;
    }

    private static void Apply(HttpContext context, string? tileUrl)
    {
        // Hex, not base64: a "+" would reach the HTML attribute as "&#x2B;" (the browser decodes it; a raw reader would not).
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy(nonce, tileUrl, eval: context.Request.Path.StartsWithSegments(ScalarPath, StringComparison.OrdinalIgnoreCase));
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OriginPattern();

    /// <summary>A host (optionally "*." first) with an optional port: what a CSP source may name.</summary>
    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$")]
    private static partial Regex HostPattern();

    private sealed class SecurityHeadersStartupFilter(IWebHostEnvironment environment, IOptions<DashboardOptions> options) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (!environment.IsDevelopment())
                app.UseHsts();
            var tileUrl = options.Value.TileUrl;
            app.Use((context, nextMiddleware) =>
            {
                Apply(context, tileUrl);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
