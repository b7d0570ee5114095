using System.Globalization;
using System.Text;
using SkiaSharp;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>Where a paragraph's lines sit across their box.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// A paragraph to lay out: its text (line feeds are hard breaks), size in points, look, an optional bullet sign hung
/// left of <see cref="Indent"/> (where the text starts), the space above it, and a URL when the text is a link.
/// </summary>
internal sealed record TextParagraph(string Text, float Size)
{
    public bool Bold { get; init; }
    public SKColor Color { get; init; } = SKColors.Black;
    public TextAlign Align { get; init; }
    public string? Bullet { get; init; }
    public float Indent { get; init; }
    public float SpaceBefore { get; init; }
    public string? Link { get; init; }
}

/// <summary>One laid-out line: its paragraph, its text, whether it is the paragraph's first, its top and its size (after autofit).</summary>
internal readonly record struct TextLine(TextParagraph Paragraph, string Text, bool First, float Top, float Size);

/// <summary>
/// Text layout for the PDF deck: a greedy word wrapper that breaks at spaces but never at a no-break space (so
/// "85.1만 명" stays whole), breaks an over-long word between characters, and shrinks a block until it fits its box,
/// as PowerPoint's autofit does. Widths come from a measuring function, so the layout itself needs no font.
/// </summary>
internal static class SlideTextLayout
{
    /// <summary>Line height as a multiple of the font size.</summary>
    public const float LineSpacing = 1.2f;

    /// <summary>The smallest autofit scale before the block is left to overflow.</summary>
    public const float MinScale = 0.5f;

    /// <summary>
    /// The lines of a text at most <paramref name="width"/> wide: breaks at line feeds and at U+0020 only, never at
    /// U+00A0; a word wider than the line is broken between characters (surrogate pairs kept together).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float width, Func<string, float> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var hard in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
            WrapParagraph(hard, width, measure, lines);
        return lines;
    }

    private static void WrapParagraph(string text, float width, Func<string, float> measure, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length == 0 || measure(candidate) <= width)
            {
                line.Clear().Append(candidate);
            }
            else
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            // A word that alone overflows the line is cut between characters; its last piece starts the next line.
            if (measure(line.ToString()) > width && line.Length > 1)
            {
                var pieces = BreakWord(line.ToString(), width, measure);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                line.Clear().Append(pieces[^1]);
            }
        }
        lines.Add(line.ToString());
    }

    private static List<string> BreakWord(string word, float width, Func<string, float> measure)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(word);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            if (piece.Length > 0 && measure(piece + element) > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
            piece.Append(element);
        }
        pieces.Add(piece.ToString());
        return pieces;
    }

    /// <summary>
    /// The paragraphs as lines at a scale of their sizes, tops measured from 0, and the block's height.
    /// <paramref name="measure"/> gives a text's width at a size, bold or not.
    /// </summary>
    public static (IReadOnlyList<TextLine> Lines, float Height) Lay(
        IReadOnlyList<TextParagraph> paragraphs, float width, float scale, Func<string, float, bool, float> measure)
    {
        var lines = new List<TextLine>();
        var y = 0f;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var size = p.Size * scale;
            if (i > 0)
                y += p.SpaceBefore * scale;
            var wrapped = Wrap(p.Text, Math.Max(1, width - (p.Indent * scale)), t => measure(t, size, p.Bold));
            for (var j = 0; j < wrapped.Count; j++)
            {
                lines.Add(new TextLine(p, wrapped[j], j == 0, y, size));
                y += size * LineSpacing;
            }
        }
        return (lines, y);
    }

    /// <summary>
    /// The paragraphs laid out to fit <paramref name="height"/>: at full size when they fit or when not
    /// <paramref name="autofit"/>, else shrunk in 10 % steps down to <see cref="MinScale"/>. Returns the scale used too.
    /// </summary>
    public static (IReadOnlyList<TextLine> Lines, float Height, float Scale) Fit(
        IReadOnlyList<TextParagraph> paragraphs, float width, float height, bool autofit, Func<string, float, bool, float> measure)
    {
        var scale = 1f;
        while (true)
        {
            var (lines, h) = Lay(paragraphs, width, scale, measure);
            if (!autofit || h <= height || scale * 0.9f < MinScale)
                return (lines, h, scale);
            scale *= 0.9f;
        }
    }

    /// <summary>The largest rectangle of the picture's aspect ratio inside the frame, centred in it.</summary>
    public static SKRect FitImage(SKRect frame, int widthPx, int heightPx)
    {
        if (widthPx <= 0 || heightPx <= 0)
            return frame;
        var scale = Math.Min(frame.Width / widthPx, frame.Height / heightPx);
        var (w, h) = (widthPx * scale, heightPx * scale);
        var x = frame.Left + ((frame.Width - w) / 2);
        var y = frame.Top + ((frame.Height - h) / 2);
        return new SKRect(x, y, x + w, y + h);
    }
}
