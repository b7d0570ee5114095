using System.Globalization;
using Bunit;
using DefactoPop.Core.Abstractions;
using DefactoPop.Web.Localisation;
using DefactoPop.Web.Queries;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using MudBlazor;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>
/// bUnit context for dashboard components: MudBlazor services (no transitions), loose JS interop,
/// the shared <see cref="TestPopulationStore"/> and the dashboard services. Korean UI unless a test switches culture.
/// Disposed asynchronously (MudBlazor registers IAsyncDisposable-only services).
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _formatCulture = CultureInfo.CurrentCulture;

    /// <summary>One store for all component tests: building it takes ~0.1 s and its answers are memoised.</summary>
    public static TestPopulationStore SharedStore { get; } = new();

    /// <summary>Seeding progress the layout shows; none by default.</summary>
    public TestSimulationProgress Seeding { get; } = new();

    protected DashboardTestContext()
    {
        UseCulture("ko");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o =>
        {
            o.PopoverOptions.CheckForPopoverProvider = false;
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddSingleton<IPopulationReadStore>(SharedStore);
        Services.AddScoped<DashboardData>();
        Services.AddScoped<UiText>();
        Services.AddSingleton<Web.Data.Simulation.ISimulationProgress>(Seeding);
        Services.AddSingleton<GeometryCache>();
        Services.AddOptions<DashboardOptions>();
    }

    protected static void UseCulture(string name)
    {
        var c = new CultureInfo(name);
        CultureInfo.CurrentUICulture = c;
        CultureInfo.CurrentCulture = c;
    }

    protected void RenderPopoverProvider() => Render<MudPopoverProvider>();

    /// <summary>Navigates to a URL (query filters are read by [SupplyParameterFromQuery]) and renders the page.</summary>
    protected IRenderedComponent<T> RenderAt<T>(string url) where T : Microsoft.AspNetCore.Components.IComponent
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(url);
        return Render<T>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _culture;
        CultureInfo.CurrentCulture = _formatCulture;
        await base.DisposeAsync();
    }
}
