using SkiaSharp;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// Writes a <see cref="BriefingDeck"/> as a 16:9 PDF (960 × 540 pt pages) with SkiaSharp: the same slides, boxes and
/// sizes as <see cref="PptxDeckWriter"/> (a title page, then one page per slide with its headline, the □ ○ - · lines,
/// the picture, the ※ footnote and the permalink as a link; 내부용 on every page of an internal deck). Text is real,
/// extractable text in the given TrueType font, wrapped by <see cref="SlideTextLayout"/> so no line ends inside
/// "85.1만 명". Skia embeds the whole font file, so the PDF weighs about as much as the fonts (briefing.md §3).
/// </summary>
public static class PdfDeckWriter
{
    /// <summary>Page width in points (13.333 in, as the PPTX slide).</summary>
    public const float PageWidth = 960;

    /// <summary>Page height in points (7.5 in).</summary>
    public const float PageHeight = 540;

    // The PPTX layout, from EMU to points (12,700 EMU a point).
    private const float Inch = 72;
    private const float Margin = Inch / 2;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float TextWidthBesideImage = 6.5f * Inch;
    private const float Gap = Inch / 5;
    private const float BodyTop = 1.45f * Inch;
    private const float FootnoteHeight = 0.6f * Inch;
    private const float FootnoteTop = PageHeight - (Inch / 4) - FootnoteHeight;
    private const float BodyHeight = FootnoteTop - (Inch / 10) - BodyTop;
    private const float IndentStep = 0.3f * Inch;

    // PowerPoint's default text box insets: 0.1 in left and right, 0.05 in top and bottom.
    private const float InsetX = 0.1f * Inch;
    private const float InsetY = 0.05f * Inch;

    private static readonly SKColor s_red = new(0xC0, 0x00, 0x00);
    private static readonly SKColor s_grey = new(0x59, 0x59, 0x59);
    private static readonly SKColor s_stamp = new(0x40, 0x40, 0x40);
    private static readonly SKColor s_link = new(0x05, 0x63, 0xC1);

    private enum Anchor
    {
        Top,
        Bottom,
    }

    /// <summary>
    /// The deck as the bytes of a .pdf file, drawn with the font files (regular, and bold for titles; the regular face
    /// stands in when <paramref name="boldFontPath"/> is null or missing). <paramref name="created"/> defaults to now.
    /// </summary>
    public static byte[] Write(BriefingDeck deck, string fontPath, string? boldFontPath, DateTime? created = null)
    {
        ArgumentNullException.ThrowIfNull(deck);
        PptxDeckWriter.Check(deck);
        using var fonts = DeckFonts.Load(fontPath, boldFontPath);
        var when = created ?? DateTime.Now;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = deck.Title ?? "",
            Creator = "DefactoPop",
            Producer = "DefactoPop (SkiaSharp)",
            Creation = when,
            Modified = when,
        };
        using var buffer = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(buffer, metadata) ?? throw new InvalidOperationException("SkiaSharp could not start a PDF."))
        {
            TitlePage(doc.BeginPage(PageWidth, PageHeight), deck, fonts);
            doc.EndPage();
            foreach (var slide in deck.Slides)
            {
                ContentPage(doc.BeginPage(PageWidth, PageHeight), slide, deck.Internal, fonts);
                doc.EndPage();
            }
            doc.Close();
        }
        return buffer.ToArray();
    }

    private static void TitlePage(SKCanvas canvas, BriefingDeck deck, DeckFonts fonts)
    {
        Block(canvas, fonts, Rect(Margin, 2.3f * Inch, ContentWidth, 1.4f * Inch), Anchor.Bottom, autofit: true,
            [new TextParagraph(deck.Title ?? "", 36) { Bold = true, Align = TextAlign.Center }]);
        Block(canvas, fonts, Rect(Margin, 3.8f * Inch, ContentWidth, 0.6f * Inch), Anchor.Top, autofit: false,
            [new TextParagraph(deck.Stamp ?? "", 20) { Color = s_stamp, Align = TextAlign.Center }]);
        if (!deck.Internal)
            return;
        Block(canvas, fonts, Rect(Margin, 4.5f * Inch, ContentWidth, 0.6f * Inch), Anchor.Top, autofit: false,
            [new TextParagraph(PptxDeckWriter.InternalNotice, 20) { Bold = true, Color = s_red, Align = TextAlign.Center }]);
        InternalMark(canvas, fonts);
    }

    private static void ContentPage(SKCanvas canvas, BriefingSlide slide, bool isInternal, DeckFonts fonts)
    {
        Block(canvas, fonts, Rect(Margin, 0.35f * Inch, ContentWidth, Inch), Anchor.Bottom, autofit: true,
            [new TextParagraph(slide.Title ?? "", 28) { Bold = true }]);

        var textWidth = slide.Image is null ? ContentWidth : TextWidthBesideImage;
        var lines = (slide.Lines ?? []).Select(Bullet).ToList();
        if (lines.Count > 0)
            Block(canvas, fonts, Rect(Margin, BodyTop, textWidth, BodyHeight), Anchor.Top, autofit: true, lines);

        if (slide.Image is { } image)
            Picture(canvas, image, Rect(Margin + textWidth + Gap, BodyTop, ContentWidth - textWidth - Gap, BodyHeight));

        var footnote = new List<TextParagraph>();
        if (!string.IsNullOrEmpty(slide.Footnote))
            footnote.Add(new TextParagraph(slide.Footnote, 11) { Color = s_grey });
        if (!string.IsNullOrWhiteSpace(slide.Permalink))
        {
            var link = slide.Permalink.Trim();
            var isUrl = Uri.TryCreate(link, UriKind.Absolute, out _);
            footnote.Add(new TextParagraph(link, 11) { Color = isUrl ? s_link : s_grey, Link = isUrl ? link : null });
        }
        if (footnote.Count > 0)
            Block(canvas, fonts, Rect(Margin, FootnoteTop, ContentWidth, FootnoteHeight), Anchor.Bottom, autofit: true, footnote);

        if (isInternal)
            InternalMark(canvas, fonts);
    }

    /// <summary>A 개조식 line: level 1 at 20 pt, 2 at 18 pt, 3–4 at 16 pt; its sign hung 0.3 in left of the text.</summary>
    private static TextParagraph Bullet(BriefingLine line) =>
        new(line.Text ?? "", line.Level switch { 1 => 20, 2 => 18, _ => 16 })
        {
            Bullet = PptxShapes.BulletOf(line.Level),
            Indent = IndentStep * line.Level,
            SpaceBefore = line.Level == 1 ? 12 : 4,
        };

    private static void InternalMark(SKCanvas canvas, DeckFonts fonts) =>
        Block(canvas, fonts, Rect(PageWidth - Margin - (2 * Inch), Inch / 10, 2 * Inch, 0.35f * Inch), Anchor.Top, autofit: false,
            [new TextParagraph(PptxDeckWriter.InternalMark, 14) { Bold = true, Color = s_red, Align = TextAlign.Right }]);

    /// <summary>Draws paragraphs in a text box: wrapped to its inner width, shrunk to fit when autofit, anchored top or bottom.</summary>
    private static void Block(SKCanvas canvas, DeckFonts fonts, SKRect box, Anchor anchor, bool autofit, IReadOnlyList<TextParagraph> paragraphs)
    {
        var inner = new SKRect(box.Left + InsetX, box.Top + InsetY, box.Right - InsetX, box.Bottom - InsetY);
        var (lines, height, scale) = SlideTextLayout.Fit(paragraphs, inner.Width, inner.Height, autofit, fonts.Measure);
        var top = anchor == Anchor.Bottom ? inner.Bottom - height : inner.Top;
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var line in lines)
        {
            var p = line.Paragraph;
            var font = fonts.Get(line.Size, p.Bold);
            var baseline = top + line.Top - font.Metrics.Ascent;
            var text = DeckFonts.Visible(line.Text);
            var width = font.MeasureText(text);
            var left = inner.Left + (p.Indent * scale);
            var x = p.Align switch
            {
                TextAlign.Center => inner.MidX - (width / 2),
                TextAlign.Right => inner.Right - width,
                _ => left,
            };
            paint.Color = p.Color;
            if (line.First && p.Bullet is { } sign)
                canvas.DrawText(sign, left - (IndentStep * scale), baseline, font, paint);
            canvas.DrawText(text, x, baseline, font, paint);
            if (p.Link is { } url && width > 0)
                canvas.DrawUrlAnnotation(new SKRect(x, top + line.Top, x + width, top + line.Top + (line.Size * SlideTextLayout.LineSpacing)), url);
        }
    }

    /// <summary>Draws the PNG fitted into the frame, keeping its aspect ratio.</summary>
    private static void Picture(SKCanvas canvas, BriefingImage image, SKRect frame)
    {
        using var decoded = SKImage.FromEncodedData(image.Png) ?? throw new ArgumentException("The slide's image does not decode as a PNG.", nameof(image));
        var (w, h) = image.WidthPx > 0 && image.HeightPx > 0 ? (image.WidthPx, image.HeightPx) : (decoded.Width, decoded.Height);
        canvas.DrawImage(decoded, SlideTextLayout.FitImage(frame, w, h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    private static SKRect Rect(float x, float y, float width, float height) => new(x, y, x + width, y + height);
}
