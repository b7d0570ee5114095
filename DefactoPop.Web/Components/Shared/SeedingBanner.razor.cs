using DefactoPop.Web.Data.Simulation;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>
/// Shows the progress of the background seeding of the default scenario; when the first day becomes
/// available to a visitor who arrived before it, reloads the page so it shows the data.
/// </summary>
public sealed partial class SeedingBanner
{
    private SimulationProgress? _progress;
    private bool _hadData;

    [Inject] public required ISimulationProgress Simulation { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required UiText T { get; init; }

    protected override void OnInitialized()
    {
        _progress = Simulation.Current;
        _hadData = _progress is null || _progress.DaysDone > 0;
        Simulation.ProgressChanged += OnProgress;
    }

    private void OnProgress(SimulationProgress progress) => _ = InvokeAsync(() =>
    {
        _progress = progress;
        if (!_hadData && progress.DaysDone > 0)
        {
            _hadData = true;
            Navigation.Refresh(forceReload: true);
            return;
        }
        StateHasChanged();
    });

    public void Dispose() => Simulation.ProgressChanged -= OnProgress;
}
