using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Stores;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// Per request: tells the read side who is reading (<see cref="DisclosureAccess"/>), and records in the audit log the
/// downloads the server builds (deck, animation, release files) and every page opened with raw figures.
/// </summary>
public static class AuthAuditing
{
    private static readonly string[] s_downloads = [BriefingEndpoints.DeckPath, BriefingEndpoints.DeckPdfPath, AnimationEndpoints.GifPath,
        AnimationEndpoints.Mp4Path, Routing.DashboardUrls.ReleasesPath + "/"];

    public static async Task ReaderAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = context.User;
        DisclosureAccess.Set(AuthRoles.MaySeeRaw(user));
        await next();
        var path = context.Request.Path.Value ?? "";
        var download = s_downloads.Any(d => d.EndsWith('/') ? path.StartsWith(d, StringComparison.OrdinalIgnoreCase) && path.Length > d.Length
            : string.Equals(path, d, StringComparison.OrdinalIgnoreCase));
        var settings = context.RequestServices.GetRequiredService<IOptions<DisclosureSettings>>().Value;
        var rawPage = UrlLanguage.IsPage(context.Request) && settings.ShowsRaw
            && !path.StartsWith(AuthEndpoints.SignInPath, StringComparison.OrdinalIgnoreCase) && !path.StartsWith(AuthEndpoints.SignOutPath, StringComparison.OrdinalIgnoreCase);
        if ((!download && !rawPage) || context.Response.StatusCode != StatusCodes.Status200OK)
            return;
        var action = download ? AuditActions.Export : AuditActions.RawView;
        var target = path + context.Request.QueryString + (download && settings.ShowsRaw ? " (raw)" : "");
        await WriteAsync(context, action, target, succeeded: true);
    }

    /// <summary>An entry for this request's user (or "anonymous"), with the remote address; a failure to write is logged, never thrown.</summary>
    public static async Task WriteAsync(HttpContext context, string action, string? target, bool succeeded, string? userName = null, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var name = userName ?? (user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : "anonymous");
        try
        {
            await context.RequestServices.GetRequiredService<AuditLog>().WriteAsync(action, name, role ?? AuthRoles.RoleOf(user), target, succeeded,
                context.Connection.RemoteIpAddress?.ToString(), CancellationToken.None);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthAuditing))
                .LogError(e, "Could not write the audit entry {Action} {Target}", action, target);
        }
    }
}
