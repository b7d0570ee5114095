using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Layout;

/// <summary>App bar, navigation drawer and the page body.</summary>
public sealed partial class MainLayout
{
    private bool _drawerOpen = true;

    [Inject] public required UiText T { get; init; }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
