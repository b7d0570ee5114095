using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Cli;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace DefactoPop.Tests.Cli;

/// <summary>The <c>deck</c> verb on the simulated store: a PPTX whose slides carry the deck's text, a PDF of the same slides; bad options refused.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class DeckCommandTests(Sqlite2017StoreFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dp-deck-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", fixture.Store.DbPath], error);
        return (code, error.ToString());
    }

    [Fact]
    public async Task Deck_Pptx_WritesTheSlidesWithKoreanText()
    {
        var path = Path.Combine(_dir, "brief.pptx");

        var (code, error) = await RunAsync("deck", "--out", path, "--from", "2017-09-25", "--to", "2017-10-07", "--siting", "retail");

        Assert.True(code == 0, error);
        using var doc = PresentationDocument.Open(path, false);
        var slides = doc.PresentationPart!.SlideParts.ToList();
        Assert.True(slides.Count >= 5, $"{slides.Count} slides");
        var text = string.Join("\n", slides.SelectMany(s => s.Slide.Descendants<A.Text>()).Select(t => t.Text));
        Assert.Contains("서울 생활인구 브리핑", text, StringComparison.Ordinal);
        Assert.Contains("유의사항", text, StringComparison.Ordinal);
        Assert.Contains("민간 타깃 입지 1순위", text, StringComparison.Ordinal);
        Assert.True(slides.Sum(s => s.ImageParts.Count()) >= 2, "the headline and district charts");
    }

    [Fact]
    public async Task Deck_Pdf_WritesThePptxSlidesAsPagesWithTheirKoreanTitles()
    {
        var pptx = Path.Combine(_dir, "brief.pptx");
        var pdf = Path.Combine(_dir, "brief.pdf");
        string[] period = ["--from", "2017-09-25", "--to", "2017-10-07", "--siting", "retail"];

        var (pptxCode, pptxError) = await RunAsync(["deck", "--out", pptx, .. period]);
        var (code, error) = await RunAsync(["deck", "--out", pdf, .. period]);

        Assert.True(pptxCode == 0, pptxError);
        Assert.True(code == 0, error);
        Assert.False(File.Exists(pdf + ".partial"));
        using var doc = PresentationDocument.Open(pptx, false);
        var titles = doc.PresentationPart!.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)doc.PresentationPart.GetPartById(id.RelationshipId!))
            .Select(s => string.Concat(s.Slide.Descendants<P.Shape>().First(sh => sh.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name == "Title").Descendants<A.Text>().Select(t => t.Text)))
            .ToList();
        Assert.Equal(titles.Count, Poppler.Pages(pdf));
        for (var page = 1; page <= titles.Count; page++)
            Assert.Contains(Flat(titles[page - 1]), Flat(Poppler.Text(pdf, page)), StringComparison.Ordinal);
        Assert.Contains("만 명", Poppler.Text(pdf, 2), StringComparison.Ordinal);
    }

    private static string Flat(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split([' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("--out", "brief.ppt")]
    [InlineData("--out", "brief.txt")]
    [InlineData("--out", "brief.pptx", "--hour", "24")]
    [InlineData("--out", "brief.pptx", "--siting", "park")]
    [InlineData("--out", "brief.pptx", "--colour", "red")]
    [InlineData("--out", "brief.pptx", "--level", "oa")]
    public async Task Deck_BadOption_ExitsTwo(params string[] args)
    {
        var (code, _) = await RunAsync(["deck", .. args.Select(a => a.StartsWith("brief", StringComparison.Ordinal) ? Path.Combine(_dir, a) : a)]);

        Assert.Equal(2, code);
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
