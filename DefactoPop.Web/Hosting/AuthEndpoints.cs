using DefactoPop.Web.Data.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

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
        // The token is checked here, not by the antiforgery middleware, so a missing one is a 400 in every environment.
        app.MapPost(SignInPostPath, (HttpContext c, SignInManager<AppUser> s, UserManager<AppUser> u, IAntiforgery a) => FormAsync(c, a, f => SignInAsync(c, s, u, f)))
            .AllowAnonymous().DisableAntiforgery();
        app.MapPost(SignOutPostPath, (HttpContext c, SignInManager<AppUser> s, IAntiforgery a) => FormAsync(c, a, f => SignOutAsync(c, s, f["lang"])))
            .AllowAnonymous().DisableAntiforgery();
        return app;
    }

    /// <summary>A form post with a valid antiforgery token goes to <paramref name="handle"/>; anything else is a 400.</summary>
    private static async Task<IResult> FormAsync(HttpContext context, IAntiforgery antiforgery, Func<IFormCollection, Task<IResult>> handle)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return Results.BadRequest("The form has expired or did not come from this site: open the page again.");
        return await handle(await context.Request.ReadFormAsync(context.RequestAborted));
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

    private static async Task<IResult> SignInAsync(HttpContext context, SignInManager<AppUser> signIn, UserManager<AppUser> users, IFormCollection form)
    {
        var userName = form["user"].ToString().Trim();
        var password = form["password"].ToString();
        var newPassword = form["newPassword"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var lang = form["lang"].ToString();
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

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<AppUser> signIn, string? lang)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await AuthAuditing.WriteAsync(context, AuditActions.SignOut, null, succeeded: true);
            await signIn.SignOutAsync();
        }
        return Results.LocalRedirect(lang == "en" ? "/?lang=en" : "/");
    }
}
