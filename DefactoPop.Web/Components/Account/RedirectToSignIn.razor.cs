using DefactoPop.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DefactoPop.Web.Components.Account;

/// <summary>Sends a reader whom a page refuses to the sign-in page, with this page as the return URL ("denied" when signed in already).</summary>
public sealed partial class RedirectToSignIn
{
    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required UiText T { get; init; }

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var signedIn = Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated == true;
        var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo(AuthEndpoints.SignInUrl(T.Lang, here, problem: signedIn ? "denied" : null), forceLoad: true);
    }
}
