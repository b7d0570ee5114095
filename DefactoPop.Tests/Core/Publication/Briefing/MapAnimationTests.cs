using System.Text;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Exports;
using NetTopologySuite.Geometries;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;

namespace DefactoPop.Tests.Core.Publication.Briefing;

/// <summary>A fact that needs ffmpeg on the PATH; skipped (with the reason) where it is not installed.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (FfmpegVideo.Locate() is null)
            Skip = "ffmpeg is not on the PATH: the MP4 needs it.";
    }
}

/// <summary>The 24-hour animation: frames drawn with a clock, a looping GIF of 24 frames, classes fixed across the hours.</summary>
public sealed class MapAnimationTests
{
    private static readonly GeometryFactory s_factory = new();
    private static readonly string[] s_colours = Palettes.Colors("viridis", 3);

    private static string Font => BriefingFonts.Locate()?.Regular ?? throw new InvalidOperationException("The build copies the font to fonts/.");

    private static Polygon Square(double lon, double lat, double size) => s_factory.CreatePolygon(
    [
        new(lon, lat), new(lon + size, lat), new(lon + size, lat + size), new(lon, lat + size), new(lon, lat),
    ]);

    private static readonly Geometry[] s_shapes = [Square(126.90, 37.50, 0.05), Square(126.96, 37.50, 0.05), Square(127.02, 37.50, 0.05)];

    /// <summary>Three zones whose values swap over the day: a small daily cycle, classed together.</summary>
    private static (IReadOnlyList<MapAnimationFrame> Frames, IReadOnlyList<ChoroplethFrame> Classed) Day()
    {
        var layers = Enumerable.Range(0, 24).Select(h => (Values: new double[] { 100 + h * 10, 340 - h * 10, 200 }, Masked: new[] { false, false, h % 2 == 0 })).ToList();
        var classed = ChoroplethClassifier.ClassifyTogether(layers, ClassificationMethod.Quantile, 3, null, "viridis");
        var frames = classed.Select((c, h) => new MapAnimationFrame(h, MapAnimation.Zones(s_shapes, c.Classes), "생활인구")).ToList();
        return (frames, classed);
    }

    private static byte[] DayGif(out IReadOnlyList<ChoroplethFrame> classed)
    {
        var (frames, c) = Day();
        classed = c;
        return MapAnimation.Gif(MapAnimation.Render(frames, c[0].Colors, ["낮음", "중간", "높음"], Font, 480, 320), c[0].Colors);
    }

    [Fact]
    public void Gif_TwentyFourHours_DecodesToTwentyFourFramesHalfASecondEach()
    {
        var gif = DayGif(out _);

        using var image = Image.Load<Rgba32>(gif);
        Assert.Equal(24, image.Frames.Count);
        Assert.Equal((480, 320), (image.Width, image.Height));
        Assert.All(image.Frames.Cast<ImageFrame>(), f => Assert.Equal(MapAnimation.FrameDelayCentiseconds, f.Metadata.GetGifMetadata().FrameDelay));
    }

    [Fact]
    public void Gif_Bytes_CarryTheNetscapeLoopForeverExtension()
    {
        var gif = DayGif(out _);

        Assert.Equal("GIF89a", Encoding.ASCII.GetString(gif, 0, 6));
        var at = gif.AsSpan().IndexOf("NETSCAPE2.0"u8);
        Assert.True(at > 0, "no NETSCAPE2.0 application extension");
        // Sub-block: size 3, id 1, then the repeat count, little-endian: 0 = forever.
        Assert.Equal([3, 1, 0, 0], gif.AsSpan(at + 11, 4).ToArray());
        using var image = Image.Load<Rgba32>(gif);
        Assert.Equal(0, image.Metadata.GetGifMetadata().RepeatCount);
    }

    [Fact]
    public void Gif_FirstAndLastHour_FramesDifferAndKeepTheExactClassColours()
    {
        var gif = DayGif(out var classed);

        using var image = Image.Load<Rgba32>(gif);
        var first = image.Frames[0];
        var last = image.Frames[23];
        // The left square's centre: its class at 00:00 and at 23:00, in the palette's exact colour (no dithering).
        var (x, y) = LeftSquareCentre(first);
        Assert.Equal(Rgba32.ParseHex(classed[0].Colors[classed[0].Classes[0] & 0x7F]), first[x, y]);
        Assert.Equal(Rgba32.ParseHex(classed[23].Colors[classed[23].Classes[0] & 0x7F]), last[x, y]);
        Assert.NotEqual(first[x, y], last[x, y]);
    }

    [Fact]
    public void Render_SameZonesOtherHour_FramesDifferByTheClock()
    {
        var (frames, classed) = Day();
        MapAnimationFrame[] two = [frames[5] with { Hour = 5 }, frames[5] with { Hour = 6 }];

        var rendered = MapAnimation.Render(two, classed[0].Colors, ["a", "b", "c"], Font, 480, 320);

        Assert.False(rendered[0].Pixels.AsSpan().SequenceEqual(rendered[1].Pixels));
    }

    [Fact]
    public void Zones_MaskedNoDataAndHiddenCodes_MapToHatchAndNoClass()
    {
        byte[] codes = [2, 1 | ClassCodes.MaskedFlag, ClassCodes.NoData | ClassCodes.MaskedFlag, ClassCodes.Hidden];
        Geometry[] shapes = [.. s_shapes, Square(127.1, 37.5, 0.05)];

        var zones = MapAnimation.Zones(shapes, codes);

        Assert.Equal([(2, false), (1, true), (-1, true), (-1, false)], zones.Select(z => (z.Class, z.Masked)));
    }

    [Fact]
    public void Palette_TenClasses_HoldsEachColourAndFitsAGifTable()
    {
        var colours = Palettes.Colors("magma", 10);

        var palette = MapAnimation.Palette(colours);

        Assert.InRange(palette.Length, 10, 256);
        Assert.All(colours, c => Assert.Contains(Color.ParseHex(c), palette));
        Assert.Contains(Color.White, palette);
    }

    [Fact]
    public void Gif_NoFrame_Throws()
    {
        Assert.Throws<ArgumentException>(() => MapAnimation.Gif([], s_colours));
    }

    [FfmpegFact]
    public async Task Mp4_TwentyFourFrames_IsAnMp4WithFastStart()
    {
        var (frames, classed) = Day();
        var rendered = MapAnimation.Render(frames, classed[0].Colors, ["a", "b", "c"], Font, 480, 320);

        var mp4 = await FfmpegVideo.Mp4Async(rendered.Select(MapAnimation.Png), 2);

        Assert.Equal("ftyp", Encoding.ASCII.GetString(mp4, 4, 4));
        // Fast start: the index (moov) comes before the media data (mdat).
        Assert.True(mp4.AsSpan().IndexOf("moov"u8) < mp4.AsSpan().IndexOf("mdat"u8), "moov after mdat");
    }

    /// <summary>The centre of the left square: the first column from the left, in the middle row of the map, that is not white.</summary>
    private static (int X, int Y) LeftSquareCentre(ImageFrame<Rgba32> frame)
    {
        var y = frame.Height / 2 + 20;
        var x0 = Enumerable.Range(0, frame.Width).First(x => frame[x, y] != Color.White.ToPixel<Rgba32>());
        var x1 = Enumerable.Range(x0, frame.Width - x0).First(x => frame[x, y] == Color.White.ToPixel<Rgba32>());
        return ((x0 + x1) / 2, y);
    }
}
