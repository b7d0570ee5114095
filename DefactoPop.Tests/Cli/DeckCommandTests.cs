using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Cli;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace DefactoPop.Tests.Cli;

/// <summary>The <c>deck</c> verb on the simulated store: a PPTX whose slides carry the deck's text; PDF and bad options refused.</summary>
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

    [Theory]
    [InlineData("--out", "brief.pdf")]
    [InlineData("--out", "brief.txt")]
    [InlineData("--out", "brief.pptx", "--hour", "24")]
    [InlineData("--out", "brief.pptx", "--siting", "park")]
    [InlineData("--out", "brief.pptx", "--colour", "red")]
    public async Task Deck_BadOption_ExitsTwo(params string[] args)
    {
        var (code, _) = await RunAsync(["deck", .. args.Select(a => a.StartsWith("brief", StringComparison.Ordinal) ? Path.Combine(_dir, a) : a)]);

        Assert.Equal(2, code);
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
