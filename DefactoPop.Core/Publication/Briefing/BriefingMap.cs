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

    /// <param name="colours">Class colours as #rrggbb, index = class.</param>
    /// <param name="legend">One label per class, e.g. "12.3만–15.0만".</param>
    public static BriefingImage Render(IReadOnlyList<MapZone> zones, IReadOnlyList<string> colours, IReadOnlyList<string> legend,
        string title, string fontPath, int width = 1380, int height = 920)
    {
        ArgumentNullException.ThrowIfNull(zones);
        if (!File.Exists(fontPath))
            throw new FileNotFoundException("The map's font file is missing.", fontPath);
        using var typeface = SKTypeface.FromFile(fontPath) ?? throw new InvalidOperationException($"{fontPath}: not a font file.");
        var envelope = new Envelope();
        foreach (var z in zones)
            envelope.ExpandToInclude(z.Shape.EnvelopeInternal);
        if (envelope.IsNull)
            throw new ArgumentException("No zone to draw.", nameof(zones));

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        const float top = 70, legendWidth = 260, margin = 24;
        // Equirectangular around the middle latitude: good to well under 1 % across Seoul.
        var cos = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var spanX = envelope.Width * cos;
        var spanY = envelope.Height;
        var scale = Math.Min((width - legendWidth - 2 * margin) / spanX, (height - top - 2 * margin) / spanY);
        var originX = margin + ((width - legendWidth - 2 * margin) - spanX * scale) / 2;
        var originY = top + margin + ((height - top - 2 * margin) - spanY * scale) / 2;
        SKPoint At(Coordinate c) => new((float)(originX + (c.X - envelope.MinX) * cos * scale), (float)(originY + (envelope.MaxY - c.Y) * scale));

        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = zones.Count > 2000 ? 0.3f : 0.8f, IsAntialias = true };
        using var hatch = new SKPaint { Style = SKPaintStyle.Stroke, Color = new SKColor(255, 255, 255, 200), StrokeWidth = 1.5f, IsAntialias = true };
        foreach (var zone in zones)
        {
            using var path = PathOf(zone.Shape, At);
            fill.Color = zone.Class >= 0 && zone.Class < colours.Count ? SKColor.Parse(colours[zone.Class]) : new SKColor(0xCF, 0xD8, 0xDC);
            canvas.DrawPath(path, fill);
            if (zone.Masked)
            {
                canvas.Save();
                canvas.ClipPath(path, antialias: true);
                var b = path.Bounds;
                for (var x = b.Left - b.Height; x < b.Right; x += 6)
                    canvas.DrawLine(x, b.Bottom, x + b.Height, b.Top, hatch);
                canvas.Restore();
            }
            canvas.DrawPath(path, stroke);
        }

        using var titleFont = new SKFont(typeface, 30);
        using var textFont = new SKFont(typeface, 19);
        using var ink = new SKPaint { Color = new SKColor(0x26, 0x32, 0x38), IsAntialias = true };
        canvas.DrawText(title, margin, 44, titleFont, ink);

        // Legend: a swatch and a label per class, top to bottom.
        var lx = width - legendWidth + 8f;
        var ly = top + margin + 10f;
        for (var k = 0; k < Math.Min(colours.Count, legend.Count); k++)
        {
            fill.Color = SKColor.Parse(colours[k]);
            canvas.DrawRect(lx, ly + k * 30, 26, 20, fill);
            canvas.DrawText(legend[k], lx + 36, ly + k * 30 + 17, textFont, ink);
        }

        // North arrow and scale bar, bottom right of the map area.
        var nx = width - legendWidth - 30f;
        var ny = height - 120f;
        using (var arrow = new SKPath())
        {
            arrow.MoveTo(nx, ny - 34);
            arrow.LineTo(nx - 10, ny - 6);
            arrow.LineTo(nx + 10, ny - 6);
            arrow.Close();
            canvas.DrawPath(arrow, ink);
        }
        canvas.DrawText("N", nx - 6, ny + 16, textFont, ink);
        var metresPerPixel = MetresPerDegreeLat / scale;
        var km = NiceKm(metresPerPixel * 180 / 1000);
        var bar = (float)(km * 1000 / metresPerPixel);
        var bx = margin + 10f;
        var by = height - 40f;
        using (var line = new SKPaint { Color = ink.Color, StrokeWidth = 4, IsAntialias = true })
        {
            canvas.DrawLine(bx, by, bx + bar, by, line);
            canvas.DrawLine(bx, by - 8, bx, by + 2, line);
            canvas.DrawLine(bx + bar, by - 8, bx + bar, by + 2, line);
        }
        canvas.DrawText(km.ToString("0.#", s_inv) + " km", bx + bar + 10, by + 7, textFont, ink);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new BriefingImage(data.ToArray(), title, width, height);
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
