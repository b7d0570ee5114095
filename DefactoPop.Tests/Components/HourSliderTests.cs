using Bunit;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Map;

namespace DefactoPop.Tests.Components;

public sealed class HourSliderTests : DashboardTestContext
{
    [Theory]
    [InlineData(14, "#hour-next", 15)]
    [InlineData(23, "#hour-next", 0)]
    [InlineData(0, "#hour-prev", 23)]
    public void Slider_StepButton_WrapsAroundTheDay(int hour, string button, int expected)
    {
        int? changed = null;
        var cut = Render<HourSlider>(p => p.Add(x => x.Hour, hour).Add(x => x.HourChanged, (int h) => changed = h));

        cut.Find(button).Click();

        Assert.Equal(expected, changed);
    }

    [Fact]
    public void Slider_Label_ShowsHour()
    {
        var cut = Render<HourSlider>(p => p.Add(x => x.Hour, 9));

        Assert.Contains("09:00", cut.Markup, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("input[type=range]"));
    }

    [Fact]
    public void Slider_Play_AdvancesUntilPaused()
    {
        var hours = new List<int>();
        var cut = Render<HourSlider>(p => p.Add(x => x.Hour, 5).Add(x => x.Interval, TimeSpan.FromMilliseconds(20))
            .Add(x => x.HourChanged, (int h) => { lock (hours) hours.Add(h); }));

        cut.Find("#hour-play").Click();
        Assert.True(cut.Instance.Playing);
        Assert.True(SpinWait.SpinUntil(() => { lock (hours) return hours.Count > 0; }, TimeSpan.FromSeconds(5)));
        cut.Find("#hour-play").Click();

        // The pause lands on the renderer's queue behind the timer's own steps: wait for it (under load it was late).
        cut.WaitForAssertion(() => Assert.False(cut.Instance.Playing), TimeSpan.FromSeconds(5));
        Assert.Equal(6, hours[0]);
        Assert.Equal("재생", cut.Find("#hour-play").GetAttribute("aria-label"));
    }
}
