using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace DefactoPop.Web.Components.Account;

/// <summary>
/// The sign-in page (Korean first, English with ?lang=en), rendered on the server without a circuit: a plain form with
/// an antiforgery token posting to <see cref="AuthEndpoints.SignInPostPath"/>. At /signout, the signed-in user's sign-out button.
/// </summary>
[Route(AuthEndpoints.SignInPath)]
[Route(AuthEndpoints.SignOutPath)]
[AllowAnonymous]
[ExcludeFromInteractiveRouting]
public sealed partial class SignIn
{
    private static readonly string[] s_problems = ["error", "locked", "change", "weak", "denied"];

    [Inject] public required UiText T { get; init; }
    [Inject] public required IConfiguration Configuration { get; init; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "returnUrl")] public string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery(Name = "user")] public string? User { get; set; }

    [SupplyParameterFromQuery(Name = "error")] public string? Error { get; set; }

    [SupplyParameterFromQuery(Name = "locked")] public string? Locked { get; set; }

    [SupplyParameterFromQuery(Name = "change")] public string? Change { get; set; }

    [SupplyParameterFromQuery(Name = "weak")] public string? Weak { get; set; }

    [SupplyParameterFromQuery(Name = "denied")] public string? DeniedFlag { get; set; }

    private bool IsSignOut => HttpContext?.Request.Path.StartsWithSegments(AuthEndpoints.SignOutPath, StringComparison.OrdinalIgnoreCase) == true;

    private bool SignedIn => HttpContext?.User.Identity?.IsAuthenticated == true;

    private string UserName => HttpContext?.User.Identity?.Name ?? "";

    private string Role => AuthRoles.RoleOf(HttpContext?.User);

    private bool Denied => DeniedFlag is not null;

    /// <summary>Visitors who do not sign in read as viewers (Auth:AnonymousViewer), and the page says so.</summary>
    private bool AnonymousViewer => AuthExtensions.AnonymousViewer(Configuration);

    /// <summary>A new password is asked for: the one-time password is still in use, or the last new one was refused.</summary>
    private bool MustChange => Change is not null || Weak is not null;

    /// <summary>The first problem the query names, as a text key ("signin.error" …), or null.</summary>
    private string? Problem
    {
        get
        {
            var values = new[] { Error, Locked, Change, Weak, DeniedFlag };
            var index = Array.FindIndex(values, v => v is not null);
            return index < 0 ? null : "signin." + s_problems[index];
        }
    }

    /// <summary>This page in the other language, with the same query.</summary>
    private string OtherLanguage
    {
        get
        {
            var path = IsSignOut ? AuthEndpoints.SignOutPath : AuthEndpoints.SignInPath;
            var query = HttpContext?.Request.Query.Where(q => q.Key != Routing.QueryKeys.Lang)
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}").ToList() ?? [];
            if (!T.English)
                query.Add("lang=en");
            return query.Count == 0 ? path : path + "?" + string.Join('&', query);
        }
    }
}
