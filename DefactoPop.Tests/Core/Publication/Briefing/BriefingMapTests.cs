using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Exports;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace DefactoPop.Tests.Core.Publication.Briefing;

public sealed class BriefingMapTests
{
    private static readonly GeometryFactory s_factory = new();

    private static string Font => BriefingFonts.Locate()?.Regular ?? throw new InvalidOperationException("The build copies the font to fonts/.");

    private static Polygon Square(double lon, double lat, double size) => s_factory.CreatePolygon(
    [
        new(lon, lat), new(lon + size, lat), new(lon + size, lat + size), new(lon, lat + size), new(lon, lat),
    ]);

    [Fact]
    public void Render_TwoClassesAndAMaskedZone_ColoursEachZoneAndHatchesTheMasked()
    {
        MapZone[] zones =
        [
            new(Square(126.90, 37.50, 0.05), 0, false),
            new(Square(126.96, 37.50, 0.05), 1, false),
            new(Square(127.02, 37.50, 0.05), 1, true),
        ];

        var image = BriefingMap.Render(zones, ["#1a9850", "#d73027"], ["10만 미만", "10만 이상"], "생활인구 14시", Font, 900, 600);

        using var bitmap = SKBitmap.Decode(image.Png);
        Assert.Equal((900, 600), (bitmap.Width, bitmap.Height));
        var (x0, y) = Centre(bitmap, 0);
        var (x1, _) = Centre(bitmap, 1);
        Assert.Equal(SKColor.Parse("#1a9850"), bitmap.GetPixel(x0, y));
        Assert.Equal(SKColor.Parse("#d73027"), bitmap.GetPixel(x1, y));
        // The masked zone: the class colour with white hatch lines across it.
        var (x2, _) = Centre(bitmap, 2);
        var row = Enumerable.Range(x2 - 20, 40).Select(x => bitmap.GetPixel(x, y)).ToList();
        Assert.Contains(row, c => c == SKColor.Parse("#d73027"));
        Assert.Contains(row, c => c.Red > 230 && c.Green > 200 && c.Blue > 200);
    }

    [Theory]
    [InlineData(3.7, 2)]
    [InlineData(7.9, 5)]
    [InlineData(12, 10)]
    [InlineData(0.4, 0.2)]
    public void NiceKm_AnyLength_RoundsDownToOneTwoOrFive(double km, double expected)
    {
        Assert.Equal(expected, BriefingMap.NiceKm(km), 9);
    }

    [LatinFontFact]
    public void MapTitle_KoreanFont_DrawsRealHangulWhereTheLatinFontDrawsTofu()
    {
        // Two titles of the same length and shape: tofu boxes make their title strips identical, real glyphs do not.
        MapZone[] zones = [new(Square(126.90, 37.50, 0.05), 0, false)];
        (string Key, int Ink) Title(string title, string font)
        {
            var image = BriefingMap.Render(zones, ["#1a9850"], ["생활인구 서울"], title, font, 900, 600);
            using var bitmap = SKBitmap.Decode(image.Png);
            using var strip = new SKBitmap(bitmap.Width, 60);
            bitmap.ExtractSubset(strip, new SKRectI(0, 0, bitmap.Width, 60));
            using var copy = strip.Copy();
            var ink = 0;
            for (var y = 0; y < copy.Height; y++)
            for (var x = 0; x < copy.Width; x++)
                ink += copy.GetPixel(x, y).Red < 200 ? 1 : 0;
            return (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy.Bytes)), ink);
        }

        var koreanA = Title("생활인구 서울", Font);
        var koreanB = Title("서울생활 인구", Font);
        var latinA = Title("생활인구 서울", BriefingChartsTests.LatinFont!);
        var latinB = Title("서울생활 인구", BriefingChartsTests.LatinFont!);

        Assert.True(koreanA.Ink > 200, "the map's title strip is empty");
        Assert.Equal(latinA.Key, latinB.Key);
        Assert.NotEqual(koreanA.Key, koreanB.Key);
        Assert.NotEqual(koreanA.Key, latinA.Key);
    }

    [Fact]
    public void Render_MissingFont_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => BriefingMap.Render([new(Square(127, 37.5, 0.1), 0, false)], ["#000000"], ["x"], "t", "/nonexistent.ttf"));
    }

    /// <summary>The pixel column of the middle of square k (the three squares share a row) and the row of the middle.</summary>
    private static (int X, int Y) Centre(SKBitmap bitmap, int k)
    {
        // The map box: 24 px margins, 260 px legend on the right, 70 px title band; the squares span 0.17° × 0.05°.
        const float margin = 24, legend = 260, top = 70;
        var cos = Math.Cos(37.525 * Math.PI / 180);
        var spanX = 0.17 * cos;
        var scale = Math.Min((bitmap.Width - legend - 2 * margin) / spanX, (bitmap.Height - top - 2 * margin) / 0.05);
        var originX = margin + ((bitmap.Width - legend - 2 * margin) - spanX * scale) / 2;
        var x = originX + (0.025 + 0.06 * k) * cos * scale;
        var y = top + margin + ((bitmap.Height - top - 2 * margin) - 0.05 * scale) / 2 + 0.025 * scale;
        return ((int)x, (int)y);
    }
}
