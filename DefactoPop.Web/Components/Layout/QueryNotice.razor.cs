using Microsoft.AspNetCore.Components;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components.Routing;

namespace DefactoPop.Web.Components.Layout;

/// <summary>
/// One notice for every page: when the address carries a value the page cannot use (hour=99, date=yesterday), the page
/// shows its default for it and this names the keys that fell back. Follows navigation within the circuit.
/// </summary>
public sealed partial class QueryNotice : IDisposable
{
    private IReadOnlyList<string> _invalid = [];

    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    protected override void OnInitialized()
    {
        _invalid = QueryCheck.Invalid(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(() =>
    {
        var invalid = QueryCheck.Invalid(e.Location);
        if (invalid.SequenceEqual(_invalid))
            return;
        _invalid = invalid;
        StateHasChanged();
    });

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
