using System.Text;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Exports;
using SkiaSharp;

namespace DefactoPop.Tests.Core.Publication.Briefing;

/// <summary>The PDF deck read back with poppler: pages, Korean text, the NBSP joins, the internal mark, the picture, the link.</summary>
public sealed class PdfDeckWriterTests : IDisposable
{
    private const char N = KoreanWording.Nbsp;
    private readonly string _dir = Directory.CreateTempSubdirectory("dp-pdf-").FullName;

    private static (string Regular, string? Bold) Fonts =>
        BriefingFonts.Locate() ?? throw new InvalidOperationException("The build copies the font to fonts/.");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_ThreeSlideDeck_HasATitlePageThenOnePagePerSlide(bool isInternal)
    {
        var deck = SampleDeck(isInternal);

        var pdf = Save(deck);

        Assert.Equal(deck.Slides.Count + 1, Poppler.Pages(pdf));
        var info = Poppler.Info(pdf);
        Assert.Matches(@"(?m)^Page size:\s+960 x 540 pts", info);
        Assert.Matches(@"(?m)^Creator:\s+DefactoPop$", info);
        Assert.Matches(@"(?m)^Title:\s+" + deck.Title + "$", info);
        Assert.Matches(@"(?m)^CreationDate:\s+\S", info);
    }

    [Fact]
    public void Write_Deck_EveryPageCarriesItsKoreanText()
    {
        var deck = SampleDeck(isInternal: false);

        var pdf = Save(deck);

        var title = Flat(Poppler.Text(pdf, 1));
        Assert.Contains(deck.Title, title, StringComparison.Ordinal);
        Assert.Contains(deck.Stamp, title, StringComparison.Ordinal);
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var slide = deck.Slides[i];
            var text = Flat(Poppler.Text(pdf, i + 2));
            Assert.Contains(slide.Title, text, StringComparison.Ordinal);
            Assert.All(slide.Lines, l => Assert.Contains(Flat(l.Text), text, StringComparison.Ordinal));
            Assert.Contains(Flat(slide.Footnote), text, StringComparison.Ordinal);
        }
        // The 개조식 signs by level, and the figure in 만 명 with a plain space once extracted.
        var first = Poppler.Text(pdf, 2);
        Assert.All(["□", "○", "-", "·"], sign => Assert.Contains(sign, first, StringComparison.Ordinal));
        Assert.Contains("85.1만 명", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongLinesOfFigures_NeverEndALineBetweenNumberAndUnit()
    {
        var figures = string.Join(", ", Enumerable.Range(0, 12).Select(i => $"{i}구 {KoreanWording.Count(851_234 + (i * 10_000))}"));
        var deck = new BriefingDeck("줄바꿈", "기준", [new BriefingSlide("만 명 줄바꿈 확인", [new BriefingLine(1, figures), new BriefingLine(2, figures)])]);

        var pdf = Save(deck);

        var lines = Poppler.Text(pdf, 2).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Contains(lines, l => l.Contains("만 명", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith('만'));
        Assert.DoesNotContain(lines, l => l.StartsWith("명", StringComparison.Ordinal));
        Assert.True(lines.Count(l => l.Contains("만 명", StringComparison.Ordinal)) >= 4, "the lines wrapped: " + string.Join(" | ", lines));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_InternalDeck_SaysSoOnEveryPage(bool isInternal)
    {
        var deck = SampleDeck(isInternal);

        var pdf = Save(deck);

        Assert.Equal(isInternal, Poppler.Text(pdf, 1).Contains(PptxDeckWriter.InternalNotice, StringComparison.Ordinal));
        for (var page = 1; page <= deck.Slides.Count + 1; page++)
            Assert.Equal(isInternal, Poppler.Text(pdf, page).Contains(PptxDeckWriter.InternalMark, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SlideWithPicture_DrawsIt()
    {
        var plain = new BriefingSlide("그림 없는 장", [new BriefingLine(1, "본문")]);
        var deck = new BriefingDeck("그림", "기준", [plain, plain with { Title = "그림 있는 장", Image = new BriefingImage(DarkPng(300, 200), "검은 사각형", 300, 200) }]);

        var pdf = Save(deck);

        var without = Poppler.InkPixels(pdf, 2);
        var with = Poppler.InkPixels(pdf, 3);
        // At 20 dpi the page is 267 × 150 px; the picture's box is 113 × 102 px, fitted at 3:2 → about 113 × 75 px of ink.
        Assert.True(with - without > 5_000, $"ink without {without}, with {with}");
    }

    [Fact]
    public void Write_Permalink_IsALinkAnnotation()
    {
        var deck = SampleDeck(isInternal: false);

        var bytes = PdfDeckWriter.Write(deck, Fonts.Regular, Fonts.Bold);

        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/URI", raw, StringComparison.Ordinal);
        Assert.Contains(deck.Slides[0].Permalink!, raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingFont_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => PdfDeckWriter.Write(SampleDeck(false), Path.Combine(_dir, "none.ttf"), null));
    }

    private string Save(BriefingDeck deck)
    {
        var path = Path.Combine(_dir, $"deck-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, PdfDeckWriter.Write(deck, Fonts.Regular, Fonts.Bold, new DateTime(2025, 3, 14, 14, 0, 0)));
        return path;
    }

    /// <summary>Text with line breaks and NBSPs as single spaces, so a wrapped line compares with its model.</summary>
    private static string Flat(string text) =>
        string.Join(' ', text.Replace(N, ' ').Split([' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static byte[] DarkPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x20, 0x30, 0x60));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static BriefingDeck SampleDeck(bool isInternal) =>
        new("서울 생활인구 주간 브리핑", KoreanWording.Date(new DateOnly(2025, 3, 14), 14) + " 기준",
        [
            new BriefingSlide("강남구는 평일 14시 생활인구가 가장 많음",
            [
                new BriefingLine(1, $"강남구 평일 14시 생활인구 {KoreanWording.Count(851_234)}"),
                new BriefingLine(2, $"주민등록인구의 {KoreanWording.Ratio(1.6)}, 전주 대비 {KoreanWording.Change(3.2)}"),
                new BriefingLine(3, "역삼1동·삼성1동이 증가를 주도"),
                new BriefingLine(4, $"추정치 {KoreanWording.Estimate(851_234, 840_000, 862_000)}"),
            ])
            {
                Footnote = KoreanWording.Note("자료: 서울시 생활인구, 방법: 통신 기반 추정, 기준일: 2025. 3. 14.(금)"),
                Permalink = "https://defactopop.example/map?date=2025-03-14&hour=14&metric=total",
            },
            new BriefingSlide("도심 3구의 주간 유입이 2.1배",
            [
                new BriefingLine(1, "중구·종로구·강남구 주간 유입 집중"),
                new BriefingLine(2, $"야간 대비 주간 {KoreanWording.Ratio(2.1)}"),
            ])
            {
                Image = new BriefingImage(DarkPng(120, 80), "서울시 자치구별 생활인구 단계구분도, 14시", 1200, 800),
                Footnote = KoreanWording.Note("자료: 서울시 생활인구"),
                Permalink = "https://defactopop.example/map?date=2025-03-14&hour=14&view=ratio",
            },
            new BriefingSlide("유의사항", [new BriefingLine(1, "추정 구간이 넓은 행정동은 해석에 유의")])
            {
                Footnote = KoreanWording.Note("90% 구간은 부트스트랩 추정"),
            },
        ])
        { Internal = isInternal };
}
