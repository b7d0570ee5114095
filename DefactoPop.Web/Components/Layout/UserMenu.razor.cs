using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Hosting;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DefactoPop.Web.Components.Layout;

/// <summary>The app bar's user menu: sign in (returning to this page); when signed in, the name and role, the audit log (admin) and sign out.</summary>
public sealed partial class UserMenu
{
    private bool _signedIn;
    private string _name = "";
    private string _role = AuthRoles.Viewer;

    [Inject] public required UiText T { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Authentication is null)
            return;
        var user = (await Authentication).User;
        _signedIn = user.Identity?.IsAuthenticated == true;
        _name = user.Identity?.Name ?? "";
        _role = AuthRoles.RoleOf(user);
    }

    /// <summary>Sign-in and sign-out are pages without a circuit: a full load.</summary>
    private void SignIn() =>
        Navigation.NavigateTo(AuthEndpoints.SignInUrl(T.Lang, "/" + Navigation.ToBaseRelativePath(Navigation.Uri)), forceLoad: true);

    private void SignOut() =>
        Navigation.NavigateTo(T.English ? AuthEndpoints.SignOutPath + "?lang=en" : AuthEndpoints.SignOutPath, forceLoad: true);

    private void OpenAudit() => Navigation.NavigateTo(DashboardUrls.WithLang(Pages.Audit.Path, T.Lang));
}
