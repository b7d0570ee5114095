using System.Runtime.InteropServices;
using DefactoPop.Core.Analytics;
using NetTopologySuite.Geometries;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;
using SkiaSharp;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>One frame of a day's animation: the zones at that hour (classed with the day's common breaks) and its title.</summary>
public sealed record MapAnimationFrame(int Hour, IReadOnlyList<MapZone> Zones, string Title);

/// <summary>A rendered frame: RGBA pixels, row by row, 4 bytes each.</summary>
public sealed record RgbaFrame(byte[] Pixels, int Width, int Height);

/// <summary>
/// The 24-hour animation: map frames drawn by <see cref="BriefingMap"/> with the hour as a clock, encoded as a looping
/// GIF with a fixed palette (the class colours, their blends with white, greys for the text), so every frame keeps the
/// exact legend colours. We only encode our own frames here; nothing is decoded.
/// </summary>
public static class MapAnimation
{
    public const int Width = 960;
    public const int Height = 640;

    /// <summary>Half a second per frame, in the GIF's hundredths.</summary>
    public const int FrameDelayCentiseconds = 50;

    /// <summary>Map zones from the classifier's bytes: class −1 without a figure, hatched when masked.</summary>
    public static IReadOnlyList<MapZone> Zones(IReadOnlyList<Geometry> shapes, byte[] codes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(codes.Length, shapes.Count);
        return [.. shapes.Select((shape, i) =>
        {
            var code = codes[i];
            var cls = code == ClassCodes.Hidden || (code & 0x7F) == ClassCodes.NoData ? -1 : code & 0x7F;
            return new MapZone(shape, cls, code != ClassCodes.Hidden && (code & ClassCodes.MaskedFlag) != 0);
        })];
    }

    /// <summary>Draws every frame (in parallel, one typeface per worker) at width × height.</summary>
    public static IReadOnlyList<RgbaFrame> Render(IReadOnlyList<MapAnimationFrame> frames, IReadOnlyList<string> colours,
        IReadOnlyList<string> legend, string fontPath, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(frames);
        using (BriefingMap.LoadFont(fontPath)) { } // a missing font fails here, once, not inside the workers
        var result = new RgbaFrame[frames.Count];
        Parallel.For(0, frames.Count, () => BriefingMap.LoadFont(fontPath), (i, _, typeface) =>
        {
            var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var bitmap = new SKBitmap(info);
            using (var canvas = new SKCanvas(bitmap))
                BriefingMap.Draw(canvas, typeface, frames[i].Zones, colours, legend, frames[i].Title, width, height, frames[i].Hour);
            result[i] = new RgbaFrame(bitmap.Bytes, width, height);
            return typeface;
        }, typeface => typeface.Dispose());
        return result;
    }

    /// <summary>An animated GIF that loops forever, <paramref name="delay"/> hundredths of a second per frame.</summary>
    public static byte[] Gif(IReadOnlyList<RgbaFrame> frames, IReadOnlyList<string> colours, int delay = FrameDelayCentiseconds)
    {
        if (frames is not { Count: > 0 })
            throw new ArgumentException("No frame to encode.", nameof(frames));
        var (w, h) = (frames[0].Width, frames[0].Height);
        using var image = Image.LoadPixelData<Rgba32>(frames[0].Pixels, w, h);
        for (var i = 1; i < frames.Count; i++)
        {
            if (frames[i].Width != w || frames[i].Height != h)
                throw new ArgumentException("Frames differ in size.", nameof(frames));
            image.Frames.AddFrame(ChangesOnly(frames[i - 1].Pixels, frames[i].Pixels));
        }
        foreach (var frame in image.Frames)
        {
            var meta = frame.Metadata.GetGifMetadata();
            meta.FrameDelay = delay;
            meta.DisposalMethod = GifDisposalMethod.NotDispose; // each frame paints over the last
        }
        var gif = image.Metadata.GetGifMetadata();
        gif.RepeatCount = 0; // the NETSCAPE2.0 extension with 0: loop forever
        gif.ColorTableMode = GifColorTableMode.Global;
        var encoder = new GifEncoder
        {
            ColorTableMode = GifColorTableMode.Global,
            Quantizer = new PaletteQuantizer(Palette(colours), new QuantizerOptions { Dither = null }),
        };
        using var stream = new MemoryStream();
        image.SaveAsGif(stream, encoder);
        return stream.ToArray();
    }

    /// <summary>
    /// The frame with every pixel that the previous frame already shows made transparent: the GIF keeps the previous
    /// frame under it, and the long transparent runs cost almost nothing after LZW (most zones keep their class an hour on).
    /// </summary>
    internal static Rgba32[] ChangesOnly(byte[] previous, byte[] current)
    {
        var before = MemoryMarshal.Cast<byte, uint>(previous.AsSpan());
        var now = MemoryMarshal.Cast<byte, uint>(current.AsSpan());
        var result = new Rgba32[now.Length];
        var pixels = MemoryMarshal.Cast<byte, Rgba32>(current.AsSpan());
        for (var i = 0; i < now.Length; i++)
            result[i] = now[i] == before[i] ? default : pixels[i];
        return result;
    }

    /// <summary>A frame as PNG (for ffmpeg).</summary>
    public static byte[] Png(RgbaFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var info = new SKImageInfo(frame.Width, frame.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var image = SKImage.FromPixelCopy(info, frame.Pixels);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The GIF palette: transparent (unchanged pixels), white, the class colours, the no-data grey, 16 steps from the ink
    /// to white for anti-aliased text, and each class colour's blends toward white (borders, hatching). ImageSharp 2.1's
    /// colour cache looks colours up by their top 4 bits (or more) per channel, so an entry in a bucket already held by an
    /// earlier one is dropped: otherwise white could come out as a near-white grey. Exact colours come first.
    /// </summary>
    public static Color[] Palette(IReadOnlyList<string> colours)
    {
        ArgumentNullException.ThrowIfNull(colours);
        var ink = new Rgba32(0x26, 0x32, 0x38);
        var noData = new Rgba32(0xCF, 0xD8, 0xDC);
        var classes = colours.Select(Rgba32.ParseHex).ToList();
        List<Rgba32> list = [default, new(255, 255, 255), .. classes, noData, ink];
        for (var i = 1; i < 16; i++)
            list.Add(Mix(ink, i * 255 / 16));
        foreach (var a in (int[])[64, 128, 200])
            list.AddRange([.. classes.Select(c => Mix(c, a)), Mix(noData, a)]);
        return [.. list.DistinctBy(c => (c.R >> 4, c.G >> 4, c.B >> 4, c.A >> 4)).Select(c => (Color)c)];
    }

    /// <summary>c with white over it at alpha a (0–255).</summary>
    private static Rgba32 Mix(Rgba32 c, int a) =>
        new((byte)(c.R + (255 - c.R) * a / 255), (byte)(c.G + (255 - c.G) * a / 255), (byte)(c.B + (255 - c.B) * a / 255));
}
