using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace DefactoPop.Web.Components.Layout;

/// <summary>Links to every page; re-renders on navigation so the links carry the current language.</summary>
public sealed partial class NavMenu : IDisposable
{
    [Inject] public required UiText T { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => InvokeAsync(StateHasChanged);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
