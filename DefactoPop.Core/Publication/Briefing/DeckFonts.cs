using SkiaSharp;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// The PDF deck's two faces, loaded from files (SkiaSharp here does not see fontconfig), with one <see cref="SKFont"/>
/// per size and weight kept for measuring and drawing.
/// </summary>
internal sealed class DeckFonts : IDisposable
{
    private readonly SKTypeface _regular;
    private readonly SKTypeface? _bold;
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];

    private DeckFonts(SKTypeface regular, SKTypeface? bold) => (_regular, _bold) = (regular, bold);

    /// <summary>The regular face, and the bold one when its file exists (else the regular face draws bold text too).</summary>
    public static DeckFonts Load(string fontPath, string? boldFontPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(fontPath);
        if (!File.Exists(fontPath))
            throw new FileNotFoundException("The deck's font file is missing.", fontPath);
        var regular = SKTypeface.FromFile(fontPath) ?? throw new InvalidOperationException($"{fontPath}: not a font file.");
        var bold = boldFontPath is { } b && File.Exists(b) ? SKTypeface.FromFile(b) : null;
        return new DeckFonts(regular, bold);
    }

    /// <summary>The text as drawn: a no-break space becomes a plain one once the line is wrapped (fonts may lack U+00A0).</summary>
    public static string Visible(string text) => text.Replace(KoreanWording.Nbsp, ' ');

    public SKFont Get(float size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new SKFont(bold ? _bold ?? _regular : _regular, size) { Subpixel = true };
            if (bold && _bold is null)
                font.Embolden = true;
            _fonts[(size, bold)] = font;
        }
        return font;
    }

    /// <summary>The width of a text in points, as drawn.</summary>
    public float Measure(string text, float size, bool bold) => Get(size, bold).MeasureText(Visible(text));

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        _bold?.Dispose();
        _regular.Dispose();
    }
}
