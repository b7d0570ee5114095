using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Shared;
using DefactoPop.Web.Data.Simulation;

namespace DefactoPop.Tests.Components;

public sealed class SeedingBannerTests : DashboardTestContext
{
    [Fact]
    public void SeedingBanner_NoSimulation_ShowsNothing()
    {
        var cut = Render<SeedingBanner>();
        Assert.Empty(cut.FindAll("#seeding-banner"));
    }

    [Fact]
    public void SeedingBanner_Running_ShowsDaysDoneAndHidesWhenDone()
    {
        Seeding.Report(new SimulationProgress(3, 92, "2017-10-03"));
        var cut = Render<SeedingBanner>();
        Assert.Contains("3 / 92", cut.Find("#seeding-banner").TextContent, StringComparison.Ordinal);

        cut.InvokeAsync(() => Seeding.Report(new SimulationProgress(10, 92, "2017-10-10")));
        cut.WaitForAssertion(() => Assert.Contains("10 / 92", cut.Find("#seeding-banner").TextContent, StringComparison.Ordinal));

        cut.InvokeAsync(() => Seeding.Report(new SimulationProgress(92, 92, "done")));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#seeding-banner")));
    }

    [Fact]
    public void SeedingBanner_FirstDayArrives_ReloadsThePage()
    {
        Seeding.Report(new SimulationProgress(0, 92, "calibration"));
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<SeedingBanner>();
        Assert.DoesNotContain(navigation.History, h => h.Options.ForceLoad);

        cut.InvokeAsync(() => Seeding.Report(new SimulationProgress(1, 92, "2017-10-02")));

        cut.WaitForAssertion(() => Assert.Contains(navigation.History, h => h.Options.ForceLoad));
    }
}
