using DefactoPop.Core.Publication.Briefing;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace DefactoPop.Tests.Core.Publication.Briefing;

public sealed class BriefingQrTests
{
    [Fact]
    public void Of_Permalink_DecodesBackToTheSameUrl()
    {
        const string url = "http://localhost:5080/briefing?from=2017-12-11&to=2017-12-17&siting=retail";

        var image = BriefingQr.Of(url);

        using var bitmap = SKBitmap.Decode(image.Png);
        Assert.Equal((image.WidthPx, image.HeightPx), (bitmap.Width, bitmap.Height));
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                luminance[y * bitmap.Width + x] = (byte)((c.Red + c.Green + c.Blue) / 3);
            }
        }
        var source = new PlanarYUVLuminanceSource(luminance, bitmap.Width, bitmap.Height, 0, 0, bitmap.Width, bitmap.Height, false);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)));

        Assert.NotNull(result);
        Assert.Equal(url, result.Text);
        Assert.Contains(url, image.AltText, StringComparison.Ordinal);
    }
}
