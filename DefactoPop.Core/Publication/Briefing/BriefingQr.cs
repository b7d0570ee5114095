using QRCoder;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>The QR code of a deck's permalink, for its last slide: scanned from a printed page, it opens the same view.</summary>
public static class BriefingQr
{
    public static BriefingImage Of(string url, int pixelsPerModule = 10)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule);
        var side = (data.ModuleMatrix.Count) * pixelsPerModule;
        return new BriefingImage(png, "이 브리핑 화면으로 가는 QR 코드: " + url, side, side);
    }
}
