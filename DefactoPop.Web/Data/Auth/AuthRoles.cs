using System.Security.Claims;

namespace DefactoPop.Web.Data.Auth;

/// <summary>
/// The three roles: viewer (the public, masked view), analyst (also the raw view and raw exports when Disclosure:Mode is
/// internal), admin (also releases, reprocessing and the audit log; import, simulate, estimate, users and API keys are
/// verbs of the command line, which only the store's owner can run). An anonymous visitor is a viewer while
/// Auth:AnonymousViewer is true.
/// </summary>
public static class AuthRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>Policy: whoever may see the dashboard (anyone while anonymous visitors are viewers, else a signed-in user).</summary>
    public const string ViewerPolicy = "viewer";

    /// <summary>Policy: an analyst or an admin.</summary>
    public const string AnalystPolicy = "analyst";

    /// <summary>Policy: an admin.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The claim that marks a one-time password still in use (never issued: such a user is asked for a new one first).</summary>
    public const string MustChangeClaim = "defactopop:must-change";

    /// <summary>"admin", "analyst" or "viewer" (in that order of precedence); "viewer" for an anonymous visitor.</summary>
    public static string RoleOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return Viewer;
        if (user.IsInRole(Admin))
            return Admin;
        return user.IsInRole(Analyst) ? Analyst : Viewer;
    }

    /// <summary>An analyst or an admin: may see raw figures when the internal mode is on.</summary>
    public static bool MaySeeRaw(ClaimsPrincipal? user) => RoleOf(user) is Analyst or Admin;

    public static bool IsAdmin(ClaimsPrincipal? user) => RoleOf(user) == Admin;

    /// <summary>The role named, lower-cased, or null when it is not one of the three.</summary>
    public static string? Parse(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
