using System.Text;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>A run's look: size in hundredths of a point, bold, colour as RRGGBB (null: the theme's text colour).</summary>
internal readonly record struct RunStyle(int Size, bool Bold = false, string? Color = null);

/// <summary>A text box's place and frame, in EMU.</summary>
internal readonly record struct Box(long X, long Y, long Cx, long Cy);

/// <summary>
/// Builders of the DrawingML pieces of a slide (briefing.md §2.2): text boxes, Korean runs with 맑은 고딕 in latin and
/// ea, □ ○ - · paragraphs with a hanging indent, and pictures with alt text. Child elements are added in schema order.
/// </summary>
internal static class PptxShapes
{
    /// <summary>Hanging indent of one bullet level (0.3 in).</summary>
    private const int IndentStep = 274320;

    private static readonly string[] s_bullets = ["□", "○", "-", "·"];

    /// <summary>The bullet character of a 개조식 level (1 □, 2 ○, 3 -, 4 ·).</summary>
    public static string BulletOf(int level) => s_bullets[level - 1];

    /// <summary>A Korean run: lang ko-KR, altLang en-US, 맑은 고딕 for latin and ea, optionally a hyperlink.</summary>
    public static A.Run Run(string text, RunStyle style, string? hyperlinkRelId = null)
    {
        var props = RunProperties<A.RunProperties>(style);
        if (hyperlinkRelId is not null)
            props.Append(new A.HyperlinkOnClick { Id = hyperlinkRelId });
        return new A.Run(props, new A.Text(Clean(text)));
    }

    /// <summary>A paragraph of one text that may hold line feeds (each becomes a line break inside the paragraph).</summary>
    public static A.Paragraph Paragraph(string text, RunStyle style, A.TextAlignmentTypeValues? align = null)
    {
        var p = new A.Paragraph();
        if (align is { } a)
            p.Append(new A.ParagraphProperties { Alignment = a });
        AppendText(p, text, style);
        p.Append(RunProperties<A.EndParagraphRunProperties>(style));
        return p;
    }

    /// <summary>A bullet paragraph of level 1–4: its sign as a CharacterBullet and a hanging indent.</summary>
    public static A.Paragraph Bullet(BriefingLine line, RunStyle style)
    {
        var pPr = new A.ParagraphProperties(
            new A.SpaceBefore(new A.SpacingPoints { Val = line.Level == 1 ? 1200 : 400 }),
            new A.BulletFont { Typeface = PptxScaffold.Font },
            new A.CharacterBullet { Char = BulletOf(line.Level) })
        {
            Level = line.Level - 1,
            LeftMargin = IndentStep * line.Level,
            Indent = -IndentStep,
        };
        var p = new A.Paragraph(pPr);
        AppendText(p, line.Text, style);
        p.Append(RunProperties<A.EndParagraphRunProperties>(style));
        return p;
    }

    /// <summary>A text box (no fill, no line) holding the paragraphs.</summary>
    public static P.Shape TextBox(uint id, string name, Box box, A.TextAnchoringTypeValues anchor, IEnumerable<A.Paragraph> paragraphs, bool autofit = false)
    {
        var bodyPr = new A.BodyProperties { Wrap = A.TextWrappingValues.Square, Anchor = anchor, RightToLeftColumns = false };
        bodyPr.Append(autofit ? new A.NormalAutoFit() : new A.NoAutoFit());
        var body = new P.TextBody(bodyPr, new A.ListStyle());
        body.Append(paragraphs);
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties { TextBox = true },
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(Transform(box), Rectangle(), new A.NoFill()),
            body);
    }

    /// <summary>A picture of an image part, with the alt text in the description.</summary>
    public static P.Picture Picture(uint id, string imageRelId, string altText, Box box) =>
        new(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Picture {id}", Description = Clean(altText) },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.BlipFill(new A.Blip { Embed = imageRelId }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(Transform(box), Rectangle()));

    /// <summary>The largest box of the picture's aspect ratio inside the frame, centred in it.</summary>
    public static Box Fit(Box frame, int widthPx, int heightPx)
    {
        if (widthPx <= 0 || heightPx <= 0)
            return frame;
        var scale = Math.Min((double)frame.Cx / widthPx, (double)frame.Cy / heightPx);
        var cx = (long)Math.Round(widthPx * scale);
        var cy = (long)Math.Round(heightPx * scale);
        return new Box(frame.X + ((frame.Cx - cx) / 2), frame.Y + ((frame.Cy - cy) / 2), cx, cy);
    }

    /// <summary>A slide of the given shapes on the blank layout.</summary>
    public static P.Slide Slide(IEnumerable<OpenXmlElement> shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1U, Name = "" },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
                new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
        tree.Append(shapes);
        var slide = new P.Slide(new P.CommonSlideData(tree), new P.ColorMapOverride(new A.MasterColorMapping()));
        DeclareNamespaces(slide);
        return slide;
    }

    /// <summary>Declares a: and r: once on the root, so every element does not repeat them.</summary>
    public static void DeclareNamespaces(OpenXmlElement root)
    {
        root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    }

    /// <summary>Removes characters XML 1.0 cannot hold (C0 controls other than tab and line feed, lone surrogates).</summary>
    internal static string Clean(string text)
    {
        if (!text.Any(NeedsCleaning))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (!NeedsCleaning(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsCleaning(char c) =>
        (c < ' ' && c is not '\t' and not '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    private static void AppendText(A.Paragraph p, string text, RunStyle style)
    {
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                p.Append(new A.Break(RunProperties<A.RunProperties>(style)));
            if (parts[i].Length > 0 || parts.Length == 1)
                p.Append(Run(parts[i], style));
        }
    }

    private static T RunProperties<T>(RunStyle style)
        where T : A.TextCharacterPropertiesType, new()
    {
        var props = new T { Language = "ko-KR", AlternativeLanguage = "en-US", FontSize = style.Size };
        if (style.Bold)
            props.Bold = true;
        if (style.Color is { } color)
            props.Append(new A.SolidFill(new A.RgbColorModelHex { Val = color }));
        props.Append(new A.LatinFont { Typeface = PptxScaffold.Font }, new A.EastAsianFont { Typeface = PptxScaffold.Font });
        return props;
    }

    private static A.Transform2D Transform(Box box) =>
        new(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Cx, Cy = box.Cy });

    private static A.PresetGeometry Rectangle() =>
        new(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle };
}
