using System.Diagnostics;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Exports;
using SkiaSharp;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Publication.Briefing;

/// <summary>A fact that needs a TrueType font without Hangul (DejaVu Sans or Liberation Sans); skipped where none is installed.</summary>
public sealed class LatinFontFactAttribute : FactAttribute
{
    public LatinFontFactAttribute()
    {
        if (BriefingChartsTests.LatinFont is null)
            Skip = "No Latin-only TrueType font (DejaVu Sans / Liberation Sans) under /usr/share/fonts: the tofu comparison needs one.";
    }
}

public sealed class BriefingChartsTests(ITestOutputHelper output)
{
    private const string Probe = "생활인구 서울";

    internal static readonly string? LatinFont = new[]
    {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    }.FirstOrDefault(File.Exists);

    private static string KoreanFont =>
        BriefingFonts.Locate()?.Regular
        ?? throw new InvalidOperationException("Pretendard GOV is missing from fonts/ beside the tests: the Web build copies it from npm pretendard-gov.");

    private static readonly (HourSlot, double, double?, double?)[] s_day = Enumerable.Range(0, 24)
        .Select(h => (new HourSlot(new DateOnly(2026, 12, 7), h),
            9_000_000 + 1_200_000 * Math.Sin((h - 6) * Math.PI / 12),
            (double?)(8_700_000 + 1_200_000 * Math.Sin((h - 6) * Math.PI / 12)),
            (double?)(9_300_000 + 1_200_000 * Math.Sin((h - 6) * Math.PI / 12))))
        .ToArray();

    private static readonly (string, double)[] s_districts =
        [("강남구", 851_000), ("송파구", 702_400), ("서초구", 611_000), ("관악구", 540_200), ("영등포구", 523_900)];

    [Fact]
    public void BriefingFonts_AfterBuild_FindsPretendardRegularAndBoldBesideTheTests()
    {
        var found = BriefingFonts.Locate();

        Assert.NotNull(found);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "fonts", BriefingFonts.RegularFile), found.Value.Regular);
        Assert.NotNull(found.Value.Bold);
        Assert.True(new FileInfo(found.Value.Regular).Length > 1_000_000);
    }

    [Fact]
    public void BriefingFonts_FolderWithoutTheFont_IsPassedOverAndNoFontGivesNull()
    {
        var empty = Directory.CreateTempSubdirectory("fonts-none-").FullName;
        try
        {
            var fonts = Path.Combine(AppContext.BaseDirectory, "fonts");

            Assert.Null(BriefingFonts.LocateIn([empty]));
            Assert.Equal(Path.Combine(fonts, BriefingFonts.RegularFile), BriefingFonts.LocateIn([empty, fonts])?.Regular);
            Assert.Equal(Path.Combine(empty, "fonts"), BriefingFonts.Candidates(empty).First());
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void HourlyCurve_DayWithBand_IsAValidNonBlankPngOfTheAskedSize()
    {
        var sw = Stopwatch.StartNew();
        var image = BriefingCharts.HourlyCurve(s_day, "서울시 시간대별 생활인구", KoreanFont);
        var first = sw.ElapsedMilliseconds;
        sw.Restart();
        BriefingCharts.HourlyCurve(s_day, "서울시 시간대별 생활인구", KoreanFont);
        output.WriteLine($"HourlyCurve 1380x780: first {first} ms, warm {sw.ElapsedMilliseconds} ms, {image.Png.Length / 1024} KB");

        using var bitmap = Decode(image.Png);
        Assert.Equal((1380, 780), (bitmap.Width, bitmap.Height));
        Assert.Equal((1380, 780), (image.WidthPx, image.HeightPx));
        var ink = InkShare(bitmap);
        Assert.InRange(ink, 0.02, 0.6);
        Assert.Contains("90% 구간", image.AltText);
        Assert.Contains("최소 780.0만 명", image.AltText.Replace('\u00A0', ' '));
    }

    [Fact]
    public void HourlyCurve_WithoutBounds_DrawsLessInkThanWithTheBand()
    {
        var bare = s_day.Select(p => (p.Item1, p.Item2, (double?)null, (double?)null)).ToArray();

        using var withBand = Decode(BriefingCharts.HourlyCurve(s_day, "추이", KoreanFont).Png);
        using var without = Decode(BriefingCharts.HourlyCurve(bare, "추이", KoreanFont).Png);

        Assert.True(InkShare(withBand) > InkShare(without) + 0.02, $"band {InkShare(withBand):P1} vs none {InkShare(without):P1}");
    }

    [Fact]
    public void Bars_TopDistricts_IsAValidNonBlankPngWithValuesInTheAltText()
    {
        var sw = Stopwatch.StartNew();
        var image = BriefingCharts.Bars(s_districts, "생활인구 상위 자치구", KoreanFont, 960, 540);
        output.WriteLine($"Bars 960x540: {sw.ElapsedMilliseconds} ms, {image.Png.Length / 1024} KB");

        using var bitmap = Decode(image.Png);
        Assert.Equal((960, 540), (bitmap.Width, bitmap.Height));
        Assert.InRange(InkShare(bitmap), 0.05, 0.7);
        Assert.StartsWith("생활인구 상위 자치구: 강남구 85.1만", image.AltText.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Charts_MissingFontFile_Throw()
    {
        Assert.Throws<FileNotFoundException>(() => BriefingCharts.Bars(s_districts, "x", "/nonexistent/font.ttf"));
    }

    [LatinFontFact]
    public void Glyphs_KoreanFontVersusLatinFont_KoreanDrawsSixDistinctHangulLatinDrawsIdenticalTofu()
    {
        var hangul = Probe.Where(c => c != ' ').ToArray();
        Assert.Equal(6, hangul.Length);

        var korean = hangul.Select(c => GlyphImage(KoreanFont, c)).ToList();
        var latin = hangul.Select(c => GlyphImage(LatinFont!, c)).ToList();

        Assert.All(korean, g => Assert.True(g.Ink > 40, "a Hangul glyph drew almost no ink"));
        Assert.Equal(6, korean.Select(g => g.Key).Distinct().Count());
        Assert.Single(latin.Select(g => g.Key).Distinct());
    }

    [LatinFontFact]
    public void ChartTitle_KoreanFont_DrawsRealHangulWhereTheLatinFontDrawsTofu()
    {
        // Two titles of the same length and shape: tofu boxes make their title strips identical, real glyphs do not.
        const string other = "서울생활 인구";
        var koreanA = TitleStrip(BriefingCharts.Bars(s_districts, Probe, KoreanFont, 960, 540));
        var koreanB = TitleStrip(BriefingCharts.Bars(s_districts, other, KoreanFont, 960, 540));
        var latinA = TitleStrip(BriefingCharts.Bars(s_districts, Probe, LatinFont!, 960, 540));
        var latinB = TitleStrip(BriefingCharts.Bars(s_districts, other, LatinFont!, 960, 540));

        Assert.True(koreanA.Ink > 200, "the title strip of the Korean chart is empty");
        Assert.Equal(latinA.Key, latinB.Key);
        Assert.NotEqual(koreanA.Key, koreanB.Key);
        Assert.NotEqual(koreanA.Key, latinA.Key);
    }

    private static SKBitmap Decode(byte[] png)
    {
        Assert.True(png.Length > 1000);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        return SKBitmap.Decode(png) ?? throw new InvalidOperationException("PNG did not decode");
    }

    /// <summary>Share of pixels that are not (near) white.</summary>
    private static double InkShare(SKBitmap bitmap) => (double)CountInk(bitmap, bitmap.Height) / (bitmap.Width * bitmap.Height);

    private static int CountInk(SKBitmap bitmap, int rows)
    {
        var ink = 0;
        for (var y = 0; y < rows; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var c = bitmap.GetPixel(x, y);
            if (c.Red < 235 || c.Green < 235 || c.Blue < 235)
                ink++;
        }
        return ink;
    }

    /// <summary>One glyph drawn black on white at 48 px with the font file, as a comparable key and its ink count.</summary>
    private static (string Key, int Ink) GlyphImage(string fontFile, char c)
    {
        using var typeface = SKTypeface.FromFile(fontFile) ?? throw new InvalidOperationException("font did not load: " + fontFile);
        using var font = new SKFont(typeface, 48);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var bitmap = new SKBitmap(64, 64);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(c.ToString(), 4, 52, font, paint);
        }
        return (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bitmap.Bytes)), CountInk(bitmap, bitmap.Height));
    }

    /// <summary>The top tenth of the chart, where the title is drawn.</summary>
    private static (string Key, int Ink) TitleStrip(BriefingImage image)
    {
        using var bitmap = Decode(image.Png);
        var rows = bitmap.Height / 10;
        using var strip = new SKBitmap(bitmap.Width, rows);
        bitmap.ExtractSubset(strip, new SKRectI(0, 0, bitmap.Width, rows));
        using var copy = strip.Copy();
        return (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy.Bytes)), CountInk(bitmap, rows));
    }
}
