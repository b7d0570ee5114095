using System.Net;
using DefactoPop.Tests.TestSupport.Stores;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace DefactoPop.Tests.E2E;

/// <summary>GET /briefing/deck.pptx on the running app: a PowerPoint file of the period, with permalinks to this host.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class BriefingDeckEndpointTests(Sqlite2017StoreFixture fixture)
{
    [Fact]
    public async Task Deck_Period_DownloadsAPptxLinkingBackToTheHost()
    {
        var browser = await fixture.BrowserAsync();
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        using var response = await http.GetAsync("/briefing/deck.pptx?from=2017-09-25&to=2017-10-07&hour=13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = PresentationDocument.Open(stream, false);
        var slides = doc.PresentationPart!.SlideParts.ToList();
        var text = string.Join("\n", slides.SelectMany(s => s.Slide.Descendants<A.Text>()).Select(t => t.Text));
        Assert.Contains("2017. 10. 7.(토) 기준", text, StringComparison.Ordinal);
        Assert.Contains(slides.SelectMany(s => s.HyperlinkRelationships), r => r.Uri.ToString().StartsWith(browser.BaseUrl, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?hour=25")]
    [InlineData("?from=20171001")]
    [InlineData("?siting=park")]
    public async Task Deck_BadQuery_IsABadRequest(string query)
    {
        var browser = await fixture.BrowserAsync();
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        using var response = await http.GetAsync("/briefing/deck.pptx" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
