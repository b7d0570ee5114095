using Bunit;
using CsCheck;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Layout;
using DefactoPop.Web.Components.Pages;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Components;

/// <summary>
/// Generated hostile query strings against what the pages do with them in the circuit: the filter parsers and
/// <see cref="QueryCheck"/> never throw, the pages render (bUnit) without an error and never echo markup, and the
/// layout's notice names the keys that fell back, in Korean or English.
/// </summary>
public sealed class QueryFuzzTests(ITestOutputHelper output) : DashboardTestContext
{
    [Fact]
    public void FiltersAndQueryCheck_GeneratedQueries_NeverThrow()
    {
        var cases = 0;
        QueryFuzz.PageUrl.Sample(c =>
        {
            Interlocked.Increment(ref cases);
            var q = QueryHelpers.ParseQuery(c.Url[c.Url.IndexOf('?', StringComparison.Ordinal)..]);
            string? V(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
            _ = QueryCheck.Invalid(c.Url);
            _ = MapFilter.Parse(new MapQuery
            {
                Level = V("level"), Metric = V("metric"), Date = V("date"), Hour = QueryValues.Int(V("hour")), Sex = V("sex"),
                Band = QueryValues.Int(V("band")), Method = V("cls"), Classes = QueryValues.Int(V("k")), Palette = V("pal"),
                Breaks = V("breaks"), Gu = V("gu"), Zone = V("zone"),
            });
            _ = CompareFilter.Parse(V("level"), QueryValues.Int(V("hour")), V("days"), V("from"), V("to"));
            _ = ForeignersFilter.Parse(V("level"), QueryValues.Int(V("hour")), QueryValues.Int(V("top")), V("from"), V("to"));
            _ = PeriodFilter.Parse(V("from"), V("to"), V("level"));
            _ = BriefingFilter.Parse(V("from"), V("to"), QueryValues.Int(V("hour")), V("siting"), V("level"));
            _ = SitingFilter.Parse(SitingFilter.Keys.ToDictionary(k => k, V), strict: false);
        }, iter: 3000);
        output.WriteLine($"{cases} generated page URLs parsed");
    }

    [Fact]
    public void Pages_GeneratedQueries_RenderWithoutErrorOrEcho()
    {
        var pages = new (string Path, Type Page)[]
        {
            (DashboardUrls.OverviewPath, typeof(Overview)), (DashboardUrls.MapPath, typeof(MapPage)),
            (DashboardUrls.ComparePath, typeof(Compare)), (DashboardUrls.SwingsPath, typeof(Swings)),
            (DashboardUrls.ForeignersPath, typeof(Foreigners)),
        };
        var gen = Gen.OneOf(pages).SelectMany(p =>
            QueryFuzz.Query(QueryFuzz.Pages.Single(x => x.Path == p.Path).Keys).Select(q => (p.Page, Url: p.Path + q.Query, q.Values)));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var rendered = 0;

        gen.Sample(c =>
        {
            navigation.NavigateTo(c.Url);
            var cut = Render(builder => { builder.OpenComponent(0, c.Page); builder.CloseComponent(); });
            cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#page-title")), TimeSpan.FromSeconds(10));
            var html = cut.Markup;
            foreach (var v in c.Values.Where(QueryFuzz.IsMarkup))
                Assert.False(html.Contains(v, StringComparison.Ordinal), $"'{v}' echoed by {c.Url}");
            DisposeComponentsAsync().GetAwaiter().GetResult();
            rendered++;
        }, iter: 300, threads: 1);
        output.WriteLine($"{rendered} generated page renders");
    }

    [Theory]
    [InlineData("/map?hour=99&level=gu", "hour")]
    [InlineData("/map?hour=abc&k=1&pal=<script>", "hour, k, pal")]
    [InlineData("/compare?days=someday&from=2017-02-30", "days, from")]
    [InlineData("/foreigners?top=0", "top")]
    [InlineData("/briefing?level=oa&slide=-1", "level, slide")]
    [InlineData("/siting?preset=moon&alpha=2&unknown=x", "preset, alpha")]
    [InlineData("/?lang=fr", "lang")]
    public void QueryCheck_BadValues_NamesExactlyTheirKeys(string url, string keys) =>
        Assert.Equal(keys, string.Join(", ", QueryCheck.Invalid(url)));

    [Theory]
    [InlineData("/map?level=gu&hour=9&metric=ratio&k=5&zone=11680&pal=viridis&cls=manual&breaks=1000,5000")]
    [InlineData("/compare?level=dong&days=weekend&hour=14&from=2017-09-25&to=2017-10-07")]
    [InlineData("/siting?preset=canopy&draws=5&heat=0.5&agg=geometric")]
    [InlineData("/briefing?level=gu&hour=9&siting=bus&slide=3")]
    [InlineData("/method?anything=<script>")]
    [InlineData("/map?hour=&level=")]
    public void QueryCheck_GoodOrUnknown_NamesNothing(string url) => Assert.Empty(QueryCheck.Invalid(url));

    [Fact]
    public void QueryNotice_BadHour_SaysSoInKorean()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/map?hour=99");

        var cut = Render<QueryNotice>();

        Assert.Equal("주소의 일부 값을 읽을 수 없어 기본값으로 보여 드립니다: hour", cut.Find("#query-notice").TextContent.Trim());
    }

    [Fact]
    public void QueryNotice_English_SaysSoInEnglish()
    {
        UseCulture("en");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/compare?days=someday");

        var cut = Render<QueryNotice>();

        Assert.Contains("could not be read", cut.Find("#query-notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void QueryNotice_NavigatedToAGoodQuery_Disappears()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/map?hour=99");
        var cut = Render<QueryNotice>();

        navigation.NavigateTo("/map?hour=9");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#query-notice")));
    }

    [Fact]
    public void MapPage_HourNotANumber_RendersTheDefaultHour()
    {
        var cut = RenderAt<MapPage>("/map?level=gu&hour=abc&band=x&k=zz");

        cut.WaitForAssertion(() => Assert.Contains("14:00", cut.Find("#hour-slider").TextContent, StringComparison.Ordinal));
    }
}
