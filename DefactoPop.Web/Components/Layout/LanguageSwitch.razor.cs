using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Layout;

/// <summary>Switches between Korean and English, keeping the current view.</summary>
public sealed partial class LanguageSwitch
{
    [Inject] public required UiText T { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>The language the button switches to.</summary>
    private string Other => T.English ? "ko" : "en";

    private void Switch()
    {
        var relative = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo(DashboardUrls.SetLanguage(Other, relative), forceLoad: true);
    }
}
