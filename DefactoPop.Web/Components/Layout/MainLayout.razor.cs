using DefactoPop.Web.Data.Stores;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Components.Layout;

/// <summary>App bar, navigation drawer and the page body.</summary>
public sealed partial class MainLayout
{
    private bool _drawerOpen = true;

    [Inject] public required UiText T { get; init; }

    [Inject] public required IOptions<DisclosureSettings> DisclosureOptions { get; init; }

    private DisclosureSettings Disclosure => DisclosureOptions.Value;

    private ElementReference _main;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    /// <summary>The skip link: keyboard focus to the page's content (past the app bar and the navigation).</summary>
    private async Task SkipToContentAsync() => await _main.FocusAsync();
}
