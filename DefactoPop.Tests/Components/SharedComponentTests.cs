using Bunit;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Layout;
using DefactoPop.Web.Components.Shared;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Interop;
using DefactoPop.Web.ViewModels;

namespace DefactoPop.Tests.Components;

public sealed class SharedComponentTests : DashboardTestContext
{
    private static ExportTable Table(int rows) =>
        new("t", ["코드", "값"], [.. Enumerable.Range(0, rows).Select(i => new object?[] { $"c{i}", 1000.0 + i })]);

    [Fact]
    public void TableCard_Rows_RendersHeadersAndCapsRows()
    {
        var cut = Render<TableCard>(p => p.Add(x => x.Id, "tbl").Add(x => x.Title, "표").Add(x => x.Table, Table(40)).Add(x => x.MaxRows, 25));

        Assert.Equal(["코드", "값"], cut.FindAll("#tbl th").Select(th => th.TextContent));
        Assert.Equal(25, cut.FindAll("#tbl tbody tr").Count);
        Assert.Equal("1,000", cut.FindAll("#tbl tbody td")[1].TextContent);
        Assert.Contains("25 / 40", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TableCard_CsvClicked_StreamsFileToBrowser()
    {
        var module = JSInterop.SetupModule(DownloadInterop.ModulePath);
        var cut = Render<TableCard>(p => p.Add(x => x.Id, "tbl").Add(x => x.Title, "표").Add(x => x.Table, Table(3)));

        cut.Find("#tbl-csv").Click();
        cut.Find("#tbl-xlsx").Click();

        var calls = module.Invocations["saveStream"];
        Assert.Equal(["t.csv", "t.xlsx"], calls.Select(c => (string)c.Arguments[0]!));
        Assert.Equal("text/csv", calls[0].Arguments[1]);
    }

    [Fact]
    public void PlotChart_Spec_IsRenderedAndExportedThroughOwnModule()
    {
        var module = JSInterop.SetupModule(ChartInterop.ModulePath);
        var spec = ChartSpecs.Bars(["a", "b"], [1, 2], "v");
        var cut = Render<PlotChart>(p => p.Add(x => x.Id, "c1").Add(x => x.Spec, spec).Add(x => x.FileName, "bars"));

        cut.Find("#c1-png").Click();
        cut.Find("#c1-svg").Click();

        Assert.Equal("c1", module.Invocations["render"].Single().Arguments[0]);
        Assert.Equal([("png", "bars"), ("svg", "bars")], module.Invocations["download"].Select(i => ((string)i.Arguments[1]!, (string)i.Arguments[2]!)));
        Assert.NotNull(cut.Find("#c1[role=figure]"));
    }

    [Fact]
    public void KpiCard_Values_AreShown()
    {
        var cut = Render<KpiCard>(p => p.Add(x => x.Id, "k").Add(x => x.Title, "최대").Add(x => x.Value, "1,153.4만").Add(x => x.Caption, "2024-09-10 14:00"));

        Assert.Equal("1,153.4만", cut.Find("[data-kpi=k]").TextContent);
        Assert.Contains("2024-09-10 14:00", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void FreshnessBadge_Coverage_ShowsLastHourAndMethod()
    {
        var cut = Render<FreshnessBadge>();

        cut.WaitForAssertion(() => Assert.Contains("2024-09-22 23:00", cut.Find("#freshness-badge").TextContent, StringComparison.Ordinal));
        Assert.Contains("test-model", cut.Find("#freshness-badge").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MainLayout_Korean_HasNineNavLinksAndDataNote()
    {
        var cut = Render<MainLayout>(p => p.Add(x => x.Body, b => b.AddContent(0, "본문")));

        var links = cut.FindAll("a[href]:not(#skip-link)").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/map", "/compare", "/swings", "/foreigners", "/siting", "/briefing", "/releases", "/method"], links);
        Assert.Contains("합성 데이터", cut.Find("#data-note").TextContent, StringComparison.Ordinal);
        Assert.Contains("공개 기준 적용", cut.Find("#data-note").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#internal-banner"));
        Assert.Equal("English", cut.Find("#lang-switch").TextContent.Trim());
    }

    [Fact]
    public void MainLayout_English_LinksCarryLanguage()
    {
        UseCulture("en");
        var cut = Render<MainLayout>(p => p.Add(x => x.Body, b => b.AddContent(0, "body")));

        Assert.All(cut.FindAll("a[href]:not(#skip-link)"), a => Assert.EndsWith("lang=en", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("Overview", cut.Find("#nav-overview").TextContent, StringComparison.Ordinal);
        Assert.Equal("한국어", cut.Find("#lang-switch").TextContent.Trim());
    }
}
