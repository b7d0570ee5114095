using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// Writes a <see cref="BriefingDeck"/> as a 16:9 PowerPoint file (briefing.md §1.4–1.5, §2.2): a title slide with the
/// stamp, then one slide per <see cref="BriefingSlide"/> with its headline, the □ ○ - · lines as editable Korean text,
/// the picture on the right when there is one, and the ※ footnote with the permalink as a hyperlink. An internal deck
/// says so on every slide. Text is written as given, no-break spaces included.
/// </summary>
public static class PptxDeckWriter
{
    /// <summary>Slide width, 13.333 in (16:9).</summary>
    public const long SlideWidth = 12192000;

    /// <summary>Slide height, 7.5 in.</summary>
    public const long SlideHeight = 6858000;

    /// <summary>The red line of the title slide of an internal deck.</summary>
    public const string InternalNotice = "내부용: 공개 기준 미적용";

    /// <summary>The red mark at the top right of every slide of an internal deck.</summary>
    public const string InternalMark = "내부용";

    private const long Inch = 914400;
    private const long Margin = Inch / 2;
    private const long ContentWidth = SlideWidth - (2 * Margin);
    private const long TextWidthBesideImage = (long)(6.5 * Inch);
    private const long Gap = Inch / 5;
    private const long BodyTop = (long)(1.45 * Inch);
    private const long FootnoteHeight = (long)(0.6 * Inch);
    private const long FootnoteTop = SlideHeight - (Inch / 4) - FootnoteHeight;
    private const long BodyHeight = FootnoteTop - (Inch / 10) - BodyTop;

    private const string Red = "C00000";
    private const string Grey = "595959";

    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The deck as the bytes of a .pptx file.</summary>
    public static byte[] Write(BriefingDeck deck)
    {
        using var buffer = new MemoryStream();
        Write(deck, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the deck as a .pptx file to the stream (from its current position; the stream stays open).</summary>
    public static void Write(BriefingDeck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        Check(deck);
        // The package is built in memory: System.IO.Packaging needs a seekable, readable stream.
        using var buffer = new MemoryStream();
        using (var doc = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            doc.PackageProperties.Title = deck.Title;
            doc.PackageProperties.Language = "ko-KR";
            doc.PackageProperties.Creator = "DefactoPop";
            Build(doc, deck);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Throws on a deck no writer can draw: a null slide, a level outside 1–4, an image that is not a PNG.</summary>
    internal static void Check(BriefingDeck deck)
    {
        ArgumentNullException.ThrowIfNull(deck.Slides);
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var slide = deck.Slides[i] ?? throw new ArgumentException($"Slide {i + 1} is null.", nameof(deck));
            foreach (var line in slide.Lines ?? [])
            {
                if (line.Level is < 1 or > 4)
                    throw new ArgumentOutOfRangeException(nameof(deck), line.Level, $"Slide {i + 1}: line levels are 1 to 4 (□ ○ - ·).");
            }
            if (slide.Image is { } image && (image.Png is null || !image.Png.AsSpan().StartsWith(s_pngSignature)))
                throw new ArgumentException($"Slide {i + 1}: the image is not a PNG.", nameof(deck));
        }
    }

    private static void Build(PresentationDocument doc, BriefingDeck deck)
    {
        var presentationPart = doc.AddPresentationPart();
        var masterPart = presentationPart.AddNewPart<SlideMasterPart>("rId1");
        Feed(masterPart, PptxScaffold.MasterXml);
        var layoutPart = masterPart.AddNewPart<SlideLayoutPart>(PptxScaffold.LayoutRelId);
        Feed(layoutPart, PptxScaffold.LayoutXml);
        layoutPart.AddPart(masterPart);
        var themePart = masterPart.AddNewPart<ThemePart>(PptxScaffold.ThemeRelId);
        Feed(themePart, PptxScaffold.ThemeXml);
        presentationPart.AddPart(themePart, "rId2");

        var slideIds = new P.SlideIdList();
        var number = 0;
        void Add(Func<SlidePart, P.Slide> build)
        {
            number++;
            var relId = $"rId{number + 2}";
            var slidePart = presentationPart.AddNewPart<SlidePart>(relId);
            slidePart.AddPart(layoutPart);
            slidePart.Slide = build(slidePart);
            slideIds.Append(new P.SlideId { Id = (uint)(255 + number), RelationshipId = relId });
        }

        Add(_ => TitleSlide(deck));
        foreach (var slide in deck.Slides)
            Add(part => ContentSlide(part, slide, deck.Internal));

        presentationPart.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = PptxScaffold.MasterId, RelationshipId = "rId1" }),
            slideIds,
            new P.SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
            new P.NotesSize { Cx = 6858000, Cy = 9144000 },
            new P.DefaultTextStyle(new A.Level1ParagraphProperties(new A.DefaultRunProperties(
                new A.LatinFont { Typeface = PptxScaffold.Font },
                new A.EastAsianFont { Typeface = PptxScaffold.Font })
            { Language = "ko-KR", AlternativeLanguage = "en-US", FontSize = 1800 })));
        PptxShapes.DeclareNamespaces(presentationPart.Presentation);
    }

    private static P.Slide TitleSlide(BriefingDeck deck)
    {
        uint id = 2;
        var center = A.TextAlignmentTypeValues.Center;
        var shapes = new List<OpenXmlElement>
        {
            PptxShapes.TextBox(id++, "Title", new Box(Margin, (long)(2.3 * Inch), ContentWidth, (long)(1.4 * Inch)), A.TextAnchoringTypeValues.Bottom,
                [PptxShapes.Paragraph(deck.Title ?? "", new RunStyle(3600, Bold: true), center)], autofit: true),
            PptxShapes.TextBox(id++, "Stamp", new Box(Margin, (long)(3.8 * Inch), ContentWidth, (long)(0.6 * Inch)), A.TextAnchoringTypeValues.Top,
                [PptxShapes.Paragraph(deck.Stamp ?? "", new RunStyle(2000, Color: "404040"), center)]),
        };
        if (deck.Internal)
        {
            shapes.Add(PptxShapes.TextBox(id++, "Internal notice", new Box(Margin, (long)(4.5 * Inch), ContentWidth, (long)(0.6 * Inch)), A.TextAnchoringTypeValues.Top,
                [PptxShapes.Paragraph(InternalNotice, new RunStyle(2000, Bold: true, Color: Red), center)]));
            shapes.Add(InternalMarkShape(id));
        }
        return PptxShapes.Slide(shapes);
    }

    private static P.Slide ContentSlide(SlidePart part, BriefingSlide slide, bool isInternal)
    {
        uint id = 2;
        var shapes = new List<OpenXmlElement>
        {
            PptxShapes.TextBox(id++, "Title", new Box(Margin, (long)(0.35 * Inch), ContentWidth, Inch), A.TextAnchoringTypeValues.Bottom,
                [PptxShapes.Paragraph(slide.Title ?? "", new RunStyle(2800, Bold: true))], autofit: true),
        };

        var textWidth = slide.Image is null ? ContentWidth : TextWidthBesideImage;
        var lines = (slide.Lines ?? []).Select(l => PptxShapes.Bullet(l, BodyStyle(l.Level))).ToList();
        if (lines.Count > 0)
            shapes.Add(PptxShapes.TextBox(id++, "Body", new Box(Margin, BodyTop, textWidth, BodyHeight), A.TextAnchoringTypeValues.Top, lines, autofit: true));

        if (slide.Image is { } image)
        {
            var imagePart = part.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(image.Png, writable: false))
                imagePart.FeedData(png);
            var frame = new Box(Margin + textWidth + Gap, BodyTop, ContentWidth - textWidth - Gap, BodyHeight);
            shapes.Add(PptxShapes.Picture(id++, part.GetIdOfPart(imagePart), image.AltText ?? "", PptxShapes.Fit(frame, image.WidthPx, image.HeightPx)));
        }

        var footnote = Footnote(part, slide);
        if (footnote.Count > 0)
            shapes.Add(PptxShapes.TextBox(id++, "Footnote", new Box(Margin, FootnoteTop, ContentWidth, FootnoteHeight), A.TextAnchoringTypeValues.Bottom, footnote));

        if (isInternal)
            shapes.Add(InternalMarkShape(id));
        return PptxShapes.Slide(shapes);
    }

    /// <summary>Level 1 at 20 pt, level 2 at 18 pt, levels 3–4 at 16 pt.</summary>
    private static RunStyle BodyStyle(int level) => new(level switch { 1 => 2000, 2 => 1800, _ => 1600 });

    private static List<A.Paragraph> Footnote(SlidePart part, BriefingSlide slide)
    {
        var style = new RunStyle(1100, Color: Grey);
        var paragraphs = new List<A.Paragraph>();
        if (!string.IsNullOrEmpty(slide.Footnote))
            paragraphs.Add(PptxShapes.Paragraph(slide.Footnote, style));
        if (!string.IsNullOrWhiteSpace(slide.Permalink))
        {
            var link = slide.Permalink.Trim();
            var p = new A.Paragraph();
            if (Uri.TryCreate(link, UriKind.RelativeOrAbsolute, out var uri))
            {
                var relId = part.AddHyperlinkRelationship(uri, true).Id;
                p.Append(PptxShapes.Run(link, new RunStyle(1100), relId));
            }
            else
            {
                p.Append(PptxShapes.Run(link, style));
            }
            paragraphs.Add(p);
        }
        return paragraphs;
    }

    private static P.Shape InternalMarkShape(uint id) =>
        PptxShapes.TextBox(id, "Internal mark", new Box(SlideWidth - Margin - (2 * Inch), Inch / 10, 2 * Inch, (long)(0.35 * Inch)), A.TextAnchoringTypeValues.Top,
            [PptxShapes.Paragraph(InternalMark, new RunStyle(1400, Bold: true, Color: Red), A.TextAlignmentTypeValues.Right)]);

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml), writable: false);
        part.FeedData(stream);
    }
}
