using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DefactoPop.Core.Publication.Briefing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace DefactoPop.Tests.Core.Publication.Briefing;

public sealed class PptxDeckWriterTests(ITestOutputHelper output)
{
    private const char N = KoreanWording.Nbsp;
    private const string Font = "맑은 고딕";
    private static readonly string[] s_bullets = ["□", "○", "-", "·"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_ThreeSlideDeck_ReopensWithTheModelsTextBulletsImageAndLinks(bool isInternal)
    {
        var deck = SampleDeck(isInternal);

        var bytes = PptxDeckWriter.Write(deck);

        using var doc = PresentationDocument.Open(new MemoryStream(bytes), false);
        var slides = SlideParts(doc);
        Assert.Equal(deck.Slides.Count + 1, slides.Count);

        // Title slide: the deck title, the stamp, and the red notice only when internal.
        var titleTexts = Texts(slides[0].Slide!);
        Assert.Equal(deck.Title, ShapeText(slides[0], "Title"));
        Assert.Equal(deck.Stamp, ShapeText(slides[0], "Stamp"));
        Assert.Equal(isInternal, titleTexts.Contains(PptxDeckWriter.InternalNotice));

        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var model = deck.Slides[i];
            var part = slides[i + 1];

            // All text of the slide, in order: title, lines, footnote, permalink, then the internal mark.
            var expected = new List<string> { model.Title };
            expected.AddRange(model.Lines.Select(l => l.Text));
            if (model.Footnote.Length > 0)
                expected.Add(model.Footnote);
            if (model.Permalink is not null)
                expected.Add(model.Permalink);
            if (isInternal)
                expected.Add(PptxDeckWriter.InternalMark);
            Assert.Equal(expected, Texts(part.Slide!));

            // Bullets: one paragraph per line, its level and its □ ○ - · sign, hanging indent.
            var body = Shape(part, "Body").TextBody!.Elements<A.Paragraph>().ToList();
            Assert.Equal(model.Lines.Count, body.Count);
            for (var j = 0; j < body.Count; j++)
            {
                var pPr = body[j].ParagraphProperties!;
                Assert.Equal(model.Lines[j].Level - 1, pPr.Level!.Value);
                Assert.Equal(s_bullets[model.Lines[j].Level - 1], pPr.GetFirstChild<A.CharacterBullet>()!.Char!.Value);
                Assert.True(pPr.Indent!.Value < 0 && pPr.LeftMargin!.Value == -pPr.Indent.Value * model.Lines[j].Level, "hanging indent");
                Assert.All(body[j].Descendants<A.RunProperties>(), r => Assert.True(r.FontSize!.Value >= 1600));
            }

            var titleRun = Shape(part, "Title").Descendants<A.RunProperties>().First();
            Assert.True(titleRun.FontSize!.Value >= 2400 && titleRun.Bold!.Value);
            var foot = Shape(part, "Footnote").Descendants<A.RunProperties>().ToList();
            Assert.All(foot, r => Assert.Equal(1100, r.FontSize!.Value));
            Assert.Equal("595959", foot[0].GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value);

            AssertImage(part, model);
            AssertPermalink(part, model);
            Assert.Equal(isInternal, Texts(part.Slide!).Contains(PptxDeckWriter.InternalMark));
        }

        // Every slide says 내부용 in red only when internal.
        foreach (var part in slides)
        {
            var marks = part.Slide!.Descendants<A.Run>().Where(r => r.Text?.Text == PptxDeckWriter.InternalMark).ToList();
            Assert.Equal(isInternal ? 1 : 0, marks.Count);
            Assert.All(marks, r => Assert.Equal("C00000", r.RunProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value));
        }

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Write_AnyDeck_RunsAreKoreanInMalgunGothicAndTheSlideIs16By9()
    {
        using var doc = PresentationDocument.Open(new MemoryStream(PptxDeckWriter.Write(SampleDeck(true))), false);

        var size = doc.PresentationPart!.Presentation.SlideSize!;
        Assert.Equal((12192000, 6858000), (size.Cx!.Value, size.Cy!.Value));
        var runs = SlideParts(doc).SelectMany(p => p.Slide!.Descendants<A.RunProperties>()).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r =>
        {
            Assert.Equal("ko-KR", r.Language?.Value);
            Assert.Equal("en-US", r.AlternativeLanguage?.Value);
            Assert.Equal(Font, r.GetFirstChild<A.LatinFont>()?.Typeface?.Value);
            Assert.Equal(Font, r.GetFirstChild<A.EastAsianFont>()?.Typeface?.Value);
        });

        var fonts = doc.PresentationPart.ThemePart!.Theme.ThemeElements!.FontScheme!;
        foreach (var slot in new A.FontCollectionType[] { fonts.MajorFont!, fonts.MinorFont! })
        {
            Assert.Equal(Font, slot.LatinFont!.Typeface!.Value);
            Assert.Equal(Font, slot.EastAsianFont!.Typeface!.Value);
            Assert.Contains(slot.Elements<A.SupplementalFont>(), f => f.Script == "Hang" && f.Typeface == Font);
        }
    }

    [Fact]
    public void Write_TextWithNoBreakSpaces_KeepsThem()
    {
        var deck = SampleDeck(false);

        using var doc = PresentationDocument.Open(new MemoryStream(PptxDeckWriter.Write(deck)), false);

        var all = string.Concat(SlideParts(doc).SelectMany(p => Texts(p.Slide!)));
        Assert.Contains($"85.1만{N}명", all, StringComparison.Ordinal);
        Assert.DoesNotContain("85.1만 명", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToStream_WritesTheSameDeckAsTheByteArray()
    {
        var deck = SampleDeck(false);
        using var stream = new MemoryStream();

        PptxDeckWriter.Write(deck, stream);

        stream.Position = 0;
        using var doc = PresentationDocument.Open(stream, false);
        using var fromBytes = PresentationDocument.Open(new MemoryStream(PptxDeckWriter.Write(deck)), false);
        Assert.Equal(SlideParts(fromBytes).SelectMany(p => Texts(p.Slide!)), SlideParts(doc).SelectMany(p => Texts(p.Slide!)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Write_LineLevelOutsideOneToFour_Throws(int level)
    {
        var deck = new BriefingDeck("제목", "2025. 3. 14.(금) 14:00 기준", [new BriefingSlide("슬라이드", [new BriefingLine(level, "줄")])]);

        Assert.Throws<ArgumentOutOfRangeException>(() => PptxDeckWriter.Write(deck));
    }

    [Fact]
    public void Write_SevenSlideDeck_ReportsItsTime()
    {
        var png = TestPng.Create(600, 400);
        var slides = Enumerable.Range(1, 7)
            .Select(i => SampleDeck(true).Slides[i % 3])
            .Select((s, i) => s with { Title = $"{i + 1}. 생활인구 요약", Image = s.Image is null ? null : s.Image with { Png = png, WidthPx = 600, HeightPx = 400 } })
            .ToList();
        var deck = new BriefingDeck("서울 생활인구 브리핑", "2025. 3. 14.(금) 14:00 기준", slides);
        PptxDeckWriter.Write(deck); // warm-up: JIT and the SDK's schema tables

        var times = new List<double>();
        var size = 0;
        for (var run = 0; run < 5; run++)
        {
            var sw = Stopwatch.StartNew();
            size = PptxDeckWriter.Write(deck).Length;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"7-slide deck ({png.Length:N0} B 600×400 PNG on {slides.Count(s => s.Image is not null)} slides): {size:N0} bytes; write ms {string.Join(", ", times.Select(t => t.ToString("F1")))}");
        Assert.True(size > 0);
    }

    private static BriefingDeck SampleDeck(bool isInternal)
    {
        var png = TestPng.Create(6, 4);
        return new BriefingDeck("서울 생활인구 주간 브리핑", KoreanWording.Date(new DateOnly(2025, 3, 14), 14) + " 기준",
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
                Image = new BriefingImage(png, "서울시 자치구별 생활인구 단계구분도, 14시", 1200, 800),
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

    private static void AssertImage(SlidePart part, BriefingSlide model)
    {
        var pictures = part.Slide!.Descendants<P.Picture>().ToList();
        if (model.Image is not { } image)
        {
            Assert.Empty(pictures);
            Assert.Empty(part.ImageParts);
            return;
        }
        var picture = Assert.Single(pictures);
        Assert.Equal(image.AltText, picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        var imagePart = (ImagePart)part.GetPartById(picture.BlipFill!.Blip!.Embed!.Value!);
        Assert.Equal("image/png", imagePart.ContentType);
        using var data = imagePart.GetStream();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        Assert.Equal(image.Png, copy.ToArray());

        var ext = picture.ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal((double)image.WidthPx / image.HeightPx, (double)ext.Cx!.Value / ext.Cy!.Value, 3);
        var body = Shape(part, "Body").ShapeProperties!.Transform2D!;
        Assert.True(picture.ShapeProperties.Transform2D.Offset!.X!.Value >= body.Offset!.X!.Value + body.Extents!.Cx!.Value, "picture right of the text");
    }

    private static void AssertPermalink(SlidePart part, BriefingSlide model)
    {
        var links = part.Slide!.Descendants<A.HyperlinkOnClick>().ToList();
        if (model.Permalink is null)
        {
            Assert.Empty(links);
            return;
        }
        var link = Assert.Single(links);
        var relationship = part.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);
        Assert.True(relationship.IsExternal);
        Assert.Equal(model.Permalink, relationship.Uri.OriginalString);
        Assert.Equal(model.Permalink, ((A.Run)link.Parent!.Parent!).Text!.Text);
    }

    private static List<SlidePart> SlideParts(PresentationDocument doc)
    {
        var presentation = doc.PresentationPart!;
        return [.. presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!))];
    }

    private static List<string> Texts(OpenXmlElement element) => [.. element.Descendants<A.Text>().Select(t => t.Text)];

    private static P.Shape Shape(SlidePart part, string name) =>
        part.Slide!.Descendants<P.Shape>().Single(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name == name);

    private static string ShapeText(SlidePart part, string name) => string.Concat(Texts(Shape(part, name)));

    /// <summary>A small valid RGB PNG built by hand: IHDR, one zlib IDAT, IEND, each with its CRC-32.</summary>
    private static class TestPng
    {
        public static byte[] Create(int width, int height)
        {
            var raw = new MemoryStream();
            for (var y = 0; y < height; y++)
            {
                raw.WriteByte(0); // filter: none
                for (var x = 0; x < width; x++)
                    raw.Write([(byte)(x * 40), (byte)(y * 60), 200]);
            }
            var packed = new MemoryStream();
            using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                z.Write(raw.ToArray());

            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = 8; // bit depth
            header[9] = 2; // colour type: truecolour
            var png = new MemoryStream();
            png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            Chunk(png, "IHDR", header);
            Chunk(png, "IDAT", packed.ToArray());
            Chunk(png, "IEND", []);
            return png.ToArray();
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var buffer = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
            png.Write(buffer);
            png.Write(typeAndData);
            BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typeAndData));
            png.Write(buffer);
        }

        private static uint Crc32(byte[] data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++)
                    crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
            return ~crc;
        }
    }
}
