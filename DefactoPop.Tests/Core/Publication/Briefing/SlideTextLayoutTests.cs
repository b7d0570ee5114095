using DefactoPop.Core.Publication.Briefing;
using SkiaSharp;

namespace DefactoPop.Tests.Core.Publication.Briefing;

/// <summary>The PDF deck's wrapper and autofit, with every character one unit wide.</summary>
public sealed class SlideTextLayoutTests
{
    private const char N = KoreanWording.Nbsp;

    private static float Units(string text) => text.Length;

    [Fact]
    public void Wrap_Spaces_BreaksGreedilyAtThem()
    {
        Assert.Equal(["aa bb", "cc"], SlideTextLayout.Wrap("aa bb cc", 5, Units));
    }

    [Fact]
    public void Wrap_NoBreakSpace_NeverBreaksThere()
    {
        var text = $"생활인구 85.1만{N}명 증가, 주민등록인구의 1.6배, 평균 12.3만{N}명";

        // From the longest unbreakable run (7 units) up: narrower lines must cut inside a word anyway.
        for (var width = 7; width <= 30; width++)
        {
            var lines = SlideTextLayout.Wrap(text, width, Units);

            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"85.1만{N}명", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith('명'));
        }
    }

    [Fact]
    public void Wrap_OverLongWord_BreaksBetweenCharacters()
    {
        Assert.Equal(["ab", "cdef", "ghij", "kl"], SlideTextLayout.Wrap("ab cdefghijkl", 4, Units));
    }

    [Fact]
    public void Wrap_SurrogatePair_StaysWhole()
    {
        var lines = SlideTextLayout.Wrap("가😀나😀다", 3, Units);

        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1]), l));
        Assert.Equal("가😀나😀다", string.Concat(lines));
    }

    [Fact]
    public void Wrap_LineFeed_IsAHardBreak()
    {
        Assert.Equal(["a", "b c"], SlideTextLayout.Wrap("a\r\nb c", 10, Units));
    }

    [Fact]
    public void Fit_TooTallBlock_ShrinksUntilItFits()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => new TextParagraph($"줄 {i}", 20) { SpaceBefore = 12 }).ToList();

        var (lines, height, scale) = SlideTextLayout.Fit(paragraphs, 500, 200, autofit: true, (t, size, _) => t.Length * size);

        Assert.Equal(10, lines.Count);
        Assert.True(height <= 200, $"{height}");
        Assert.True(scale is < 1 and >= SlideTextLayout.MinScale, $"{scale}");
        Assert.All(lines, l => Assert.Equal(20 * scale, l.Size, 3));
    }

    [Fact]
    public void Fit_NoAutofit_KeepsTheSizes()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => new TextParagraph($"줄 {i}", 20)).ToList();

        var (_, height, scale) = SlideTextLayout.Fit(paragraphs, 500, 100, autofit: false, (t, size, _) => t.Length * size);

        Assert.Equal(1, scale);
        Assert.Equal(10 * 20 * SlideTextLayout.LineSpacing, height, 3);
    }

    [Fact]
    public void FitImage_WideImage_FillsTheWidthCentredVertically()
    {
        var r = SlideTextLayout.FitImage(new SKRect(0, 0, 400, 400), 1200, 800);

        Assert.Equal((0f, 400f), (r.Left, r.Right));
        Assert.Equal(66.667, r.Top, 2);
        Assert.Equal(333.333, r.Bottom, 2);
    }
}
