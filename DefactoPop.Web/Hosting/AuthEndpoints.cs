using DefactoPop.Web.Data.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// The sign-in form's target (<c>POST /account/signin</c>, with antiforgery) and sign-out (<c>POST /account/signout</c>).
/// A user whose one-time password is still in use gets no cookie until a new password is set in the same form.
/// </summary>
public static class AuthEndpoints
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";
    public const string SignInPostPath = "/account/signin";
    public const string SignOutPostPath = "/account/signout";

    public static WebApplication MapAuthEndpoints(this WebApplication app)
    {
        app.MapPost(SignInPostPath, SignInAsync).AllowAnonymous();
        app.MapPost(SignOutPostPath, SignOutAsync).AllowAnonymous();
        return app;
    }

    /// <summary>The sign-in page with its query: language, return URL, the user name typed and what went wrong.</summary>
    public static string SignInUrl(string? lang, string? returnUrl, string? user = null, string? problem = null)
    {
        var pairs = new List<string>();
        if (problem is not null)
            pairs.Add(problem + "=1");
        if (!string.IsNullOrEmpty(user))
            pairs.Add("user=" + Uri.EscapeDataString(user));
        if (!string.IsNullOrEmpty(returnUrl))
            pairs.Add("returnUrl=" + Uri.EscapeDataString(DashboardUiExtensions.LocalTarget(returnUrl)));
        if (lang == "en")
            pairs.Add("lang=en");
        return pairs.Count == 0 ? SignInPath : SignInPath + "?" + string.Join('&', pairs);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, SignInManager<AppUser> signIn, UserManager<AppUser> users,
        [FromForm(Name = "user")] string? userName, [FromForm] string? password, [FromForm] string? newPassword,
        [FromForm] string? returnUrl, [FromForm] string? lang)
    {
        userName = userName?.Trim() ?? "";
        var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
        if (user is null || string.IsNullOrEmpty(password))
            return await FailedAsync(context, userName, lang, returnUrl, "error");
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
            return await FailedAsync(context, userName, lang, returnUrl, check.IsLockedOut ? "locked" : "error");
        if (user.MustChangePassword)
        {
            if (string.IsNullOrEmpty(newPassword))
                return Results.Redirect(SignInUrl(lang, returnUrl, userName, "change"));
            var changed = await users.ChangePasswordAsync(user, password, newPassword);
            if (!changed.Succeeded)
                return Results.Redirect(SignInUrl(lang, returnUrl, userName, "weak"));
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            await AuthAuditing.WriteAsync(context, AuditActions.PasswordChanged, userName, succeeded: true, userName);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        var role = (await users.GetRolesAsync(user)).Select(AuthRoles.Parse).OrderByDescending(r => r == AuthRoles.Admin ? 2 : r == AuthRoles.Analyst ? 1 : 0).FirstOrDefault();
        await AuthAuditing.WriteAsync(context, AuditActions.SignIn, null, succeeded: true, userName, role ?? AuthRoles.Viewer);
        var target = DashboardUiExtensions.LocalTarget(returnUrl);
        return Results.LocalRedirect(target == "/" && lang == "en" ? "/?lang=en" : target);
    }

    private static async Task<IResult> FailedAsync(HttpContext context, string userName, string? lang, string? returnUrl, string problem)
    {
        await AuthAuditing.WriteAsync(context, AuditActions.SignInFailed, problem == "locked" ? "locked out" : null, succeeded: false,
            userName.Length == 0 ? "(empty)" : userName);
        return Results.Redirect(SignInUrl(lang, returnUrl, userName, problem));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<AppUser> signIn, [FromForm] string? lang)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await AuthAuditing.WriteAsync(context, AuditActions.SignOut, null, succeeded: true);
            await signIn.SignOutAsync();
        }
        return Results.LocalRedirect(lang == "en" ? "/?lang=en" : "/");
    }
}
