using System.Net;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Stores;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace DefactoPop.Tests.E2E;

/// <summary>GET /briefing/deck.pptx and deck.pdf on the running app: the deck of the period, with permalinks to this host.</summary>
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

    [Fact]
    public async Task DeckPdf_Period_DownloadsAPdfOfTheSameSlides()
    {
        var browser = await fixture.BrowserAsync();
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        const string Query = "?from=2017-09-25&to=2017-10-07&hour=13";

        using var pptx = await http.GetAsync("/briefing/deck.pptx" + Query);
        using var response = await http.GetAsync("/briefing/deck.pdf" + Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("briefing-2017-10-7.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var dir = Directory.CreateTempSubdirectory("dp-deckpdf-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "deck.pdf");
            await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
            using var doc = PresentationDocument.Open(new MemoryStream(await pptx.Content.ReadAsByteArrayAsync()), false);
            Assert.Equal(doc.PresentationPart!.SlideParts.Count(), Poppler.Pages(pdf));
            Assert.Contains("2017. 10. 7.(토) 기준", Poppler.Text(pdf, 1), StringComparison.Ordinal);
            Assert.Contains(browser.BaseUrl, string.Concat(Enumerable.Range(2, 2).Select(p => Poppler.Text(pdf, p))), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("/briefing/deck.pdf?hour=-1")]
    [InlineData("/briefing/deck.pdf?siting=park")]
    public async Task DeckPdf_BadQuery_IsABadRequest(string url)
    {
        var browser = await fixture.BrowserAsync();
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        using var response = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("?hour=25")]
    [InlineData("?from=20171001")]
    [InlineData("?siting=park")]
    [InlineData("?level=city")]
    public async Task Deck_BadQuery_IsABadRequest(string query)
    {
        var browser = await fixture.BrowserAsync();
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        using var response = await http.GetAsync("/briefing/deck.pptx" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
