using Bunit;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Queries;
using DefactoPop.Web.ViewModels;

namespace DefactoPop.Tests.Components;

public sealed class ZonePanelTests : DashboardTestContext
{
    private static async Task<ZoneProfile> ProfileAsync()
    {
        var data = new DashboardData(SharedStore);
        var zone = (await data.ZonesAsync(ZoneLevel.Dong))[30];
        return await data.ZoneProfileAsync(zone, new HourSlot(TestPopulationStore.LastDay, 14));
    }

    [Fact]
    public async Task Panel_Profile_ShowsNameRegisteredAndThreeCharts()
    {
        var module = JSInterop.SetupModule(ChartInterop.ModulePath);
        var profile = await ProfileAsync();

        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, profile));

        Assert.Equal(profile.Zone.NameKo, cut.Find("#zone-panel-name").TextContent);
        Assert.Equal(profile.Zone.Code, cut.Find("#zone-panel").GetAttribute("data-zone"));
        Assert.Contains(((int)Math.Round(profile.Registered)).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), cut.Markup, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal(3, module.Invocations["render"].Count));
        Assert.Equal(["zone-profile-chart", "zone-pyramid-chart", "zone-week-chart"], module.Invocations["render"].Select(i => (string)i.Arguments[0]!).Order());
        Assert.Equal(7, profile.Week.Count);
        Assert.Equal(24, profile.Day.Count);
    }

    [Fact]
    public async Task Panel_CloseClicked_InvokesOnClose()
    {
        var closed = false;
        var profile = await ProfileAsync();
        var cut = Render<ZonePanel>(p => p.Add(x => x.Profile, profile).Add(x => x.OnClose, () => closed = true));

        cut.Find("#zone-panel-close").Click();

        Assert.True(closed);
    }
}
