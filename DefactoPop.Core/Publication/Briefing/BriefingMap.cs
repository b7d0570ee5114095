using System.Globalization;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>A zone on the briefing map: its shape (WGS84), its class (−1 without a figure) and whether it is masked.</summary>
public sealed record MapZone(Geometry Shape, int Class, bool Masked);

/// <summary>
/// The briefing's map picture, drawn on the server from the same geometry and classes as the web map: the zones in
/// their class colours (masked zones hatched), the title, a legend, a north arrow and a scale bar. Every text is drawn
/// with the font file given (SkiaSharp here does not see the system's fonts).
/// </summary>
public static class BriefingMap
{
    private const double MetresPerDegreeLat = 110_940.0;
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private static readonly SKColor s_ink = new(0x26, 0x32, 0x38);
    private static readonly SKColor s_noData = new(0xCF, 0xD8, 0xDC);

    /// <param name="colours">Class colours as #rrggbb, index = class.</param>
    /// <param name="legend">One label per class, e.g. "12.3만–15.0만".</param>
    public static BriefingImage Render(IReadOnlyList<MapZone> zones, IReadOnlyList<string> colours, IReadOnlyList<string> legend,
        string title, string fontPath, int width = 1380, int height = 920)
    {
        using var typeface = LoadFont(fontPath);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        Draw(surface.Canvas, typeface, zones, colours, legend, title, width, height);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new BriefingImage(data.ToArray(), title, width, height);
    }

    /// <summary>The font file as a typeface; a missing or unreadable file is an error, never tofu.</summary>
    public static SKTypeface LoadFont(string fontPath)
    {
        if (!File.Exists(fontPath))
            throw new FileNotFoundException("The map's font file is missing.", fontPath);
        return SKTypeface.FromFile(fontPath) ?? throw new InvalidOperationException($"{fontPath}: not a font file.");
    }

    /// <summary>
    /// Draws the map on <paramref name="canvas"/> (width × height; sizes scale from the 1380 × 920 slide picture). With a
    /// <paramref name="clock"/> hour (0–23) the legend column also shows the time large and a 24-step day bar.
    /// </summary>
    public static void Draw(SKCanvas canvas, SKTypeface typeface, IReadOnlyList<MapZone> zones, IReadOnlyList<string> colours,
        IReadOnlyList<string> legend, string title, int width, int height, int? clock = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(zones);
        var envelope = new Envelope();
        foreach (var z in zones)
            envelope.ExpandToInclude(z.Shape.EnvelopeInternal);
        if (envelope.IsNull)
            throw new ArgumentException("No zone to draw.", nameof(zones));

        canvas.Clear(SKColors.White);
        var s = Math.Min(width / 1380f, height / 920f);
        float top = 70 * s, legendWidth = 260 * s, margin = 24 * s;
        // Equirectangular around the middle latitude: good to well under 1 % across Seoul.
        var cos = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var spanX = envelope.Width * cos;
        var spanY = envelope.Height;
        var scale = Math.Min((width - legendWidth - 2 * margin) / spanX, (height - top - 2 * margin) / spanY);
        var originX = margin + ((width - legendWidth - 2 * margin) - spanX * scale) / 2;
        var originY = top + margin + ((height - top - 2 * margin) - spanY * scale) / 2;
        SKPoint At(Coordinate c) => new((float)(originX + (c.X - envelope.MinX) * cos * scale), (float)(originY + (envelope.MaxY - c.Y) * scale));

        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = (zones.Count > 2000 ? 0.3f : 0.8f) * Math.Max(s, 0.75f), IsAntialias = true };
        using var hatch = new SKPaint { Style = SKPaintStyle.Stroke, Color = new SKColor(255, 255, 255, 200), StrokeWidth = 1.5f * Math.Max(s, 0.75f), IsAntialias = true };
        foreach (var zone in zones)
        {
            using var path = PathOf(zone.Shape, At);
            fill.Color = zone.Class >= 0 && zone.Class < colours.Count ? SKColor.Parse(colours[zone.Class]) : s_noData;
            canvas.DrawPath(path, fill);
            if (zone.Masked)
            {
                canvas.Save();
                canvas.ClipPath(path, antialias: true);
                var b = path.Bounds;
                for (var x = b.Left - b.Height; x < b.Right; x += 6 * Math.Max(s, 0.75f))
                    canvas.DrawLine(x, b.Bottom, x + b.Height, b.Top, hatch);
                canvas.Restore();
            }
            canvas.DrawPath(path, stroke);
        }

        using var titleFont = new SKFont(typeface, 30 * s);
        using var textFont = new SKFont(typeface, 19 * s);
        using var ink = new SKPaint { Color = s_ink, IsAntialias = true };
        canvas.DrawText(title, margin, 44 * s, titleFont, ink);

        // Legend: a swatch and a label per class, top to bottom.
        var lx = width - legendWidth + 8 * s;
        var ly = top + margin + 10 * s;
        for (var k = 0; k < Math.Min(colours.Count, legend.Count); k++)
        {
            fill.Color = SKColor.Parse(colours[k]);
            canvas.DrawRect(lx, ly + k * 30 * s, 26 * s, 20 * s, fill);
            canvas.DrawText(legend[k], lx + 36 * s, ly + (k * 30 + 17) * s, textFont, ink);
        }
        if (clock is { } hour)
            DrawClock(canvas, typeface, hour, lx, height - 150 * s, legendWidth - 40 * s, s, ink);

        // North arrow and scale bar, bottom right of the map area.
        var nx = width - legendWidth - 30 * s;
        var ny = height - 120 * s;
        using (var arrow = new SKPath())
        {
            arrow.MoveTo(nx, ny - 34 * s);
            arrow.LineTo(nx - 10 * s, ny - 6 * s);
            arrow.LineTo(nx + 10 * s, ny - 6 * s);
            arrow.Close();
            canvas.DrawPath(arrow, ink);
        }
        canvas.DrawText("N", nx - 6 * s, ny + 16 * s, textFont, ink);
        var metresPerPixel = MetresPerDegreeLat / scale;
        var km = NiceKm(metresPerPixel * 180 * s / 1000);
        var bar = (float)(km * 1000 / metresPerPixel);
        var bx = margin + 10 * s;
        var by = height - 40 * s;
        using (var line = new SKPaint { Color = ink.Color, StrokeWidth = 4 * s, IsAntialias = true })
        {
            canvas.DrawLine(bx, by, bx + bar, by, line);
            canvas.DrawLine(bx, by - 8 * s, bx, by + 2 * s, line);
            canvas.DrawLine(bx + bar, by - 8 * s, bx + bar, by + 2 * s, line);
        }
        canvas.DrawText(km.ToString("0.#", s_inv) + " km", bx + bar + 10 * s, by + 7 * s, textFont, ink);
    }

    /// <summary>"14:00" large, and under it 24 ticks with the hours so far filled: where the animation is in the day.</summary>
    private static void DrawClock(SKCanvas canvas, SKTypeface typeface, int hour, float x, float y, float width, float s, SKPaint ink)
    {
        using var clockFont = new SKFont(typeface, 64 * s) { Embolden = true };
        canvas.DrawText(hour.ToString("00", s_inv) + ":00", x, y, clockFont, ink);
        var step = width / 24;
        using var tick = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        for (var h = 0; h < 24; h++)
        {
            tick.Color = h <= hour ? s_ink : s_noData;
            canvas.DrawRect(x + h * step, y + 20 * s, step - 2 * s, 14 * s, tick);
        }
    }

    /// <summary>1, 2 or 5 × 10ⁿ km, the largest not above <paramref name="km"/>.</summary>
    public static double NiceKm(double km)
    {
        if (km <= 0 || !double.IsFinite(km))
            return 1;
        var p = Math.Pow(10, Math.Floor(Math.Log10(km)));
        return km / p >= 5 ? 5 * p : km / p >= 2 ? 2 * p : p;
    }

    private static SKPath PathOf(Geometry shape, Func<Coordinate, SKPoint> at)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        for (var g = 0; g < shape.NumGeometries; g++)
        {
            if (shape.GetGeometryN(g) is not Polygon polygon)
                continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var coords = ring.Coordinates;
                if (coords.Length < 3)
                    continue;
                path.MoveTo(at(coords[0]));
                for (var i = 1; i < coords.Length; i++)
                    path.LineTo(at(coords[i]));
                path.Close();
            }
        }
        return path;
    }
}
