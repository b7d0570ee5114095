using System.Text;
using System.Text.Unicode;

namespace DefactoPop.Core.Import;

/// <summary>What the first bytes of a file say about its text encoding.</summary>
internal readonly record struct SniffResult(bool IsUtf8, bool HasBom, string? Error);

/// <summary>Decides UTF-8 (with or without BOM) versus cp949 from the first bytes of a file.</summary>
internal static class EncodingSniffer
{
    public const int SniffBytes = 64 * 1024;

    private static readonly Encoding s_strictCp949;

    static EncodingSniffer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        s_strictCp949 = Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Cp949 = Encoding.GetEncoding(949);
    }

    /// <summary>cp949 with replacement fallback (for decoding headers).</summary>
    public static Encoding Cp949 { get; }

    /// <param name="head">The first bytes (up to <see cref="SniffBytes"/>).</param>
    /// <param name="complete">True when <paramref name="head"/> is the whole file.</param>
    public static SniffResult Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            return Fail("wrong encoding: the file is UTF-16; save it as UTF-8 or cp949 (EUC-KR)");
        var hasBom = head.StartsWith("\uFEFF"u8);
        var body = hasBom ? head[3..] : head;

        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            int even = 0, odd = 0;
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == 0)
                {
                    if (i % 2 == 0)
                        even++;
                    else
                        odd++;
                }
            }
            // UTF-16 puts the zero byte of every ASCII character on the same side of each pair.
            return Math.Max(even, odd) >= body.Length / 16 && Math.Min(even, odd) * 10 <= Math.Max(even, odd) && body.Length > 8
                ? Fail("wrong encoding: the file looks like UTF-16 without a BOM; save it as UTF-8 or cp949 (EUC-KR)")
                : Fail($"binary data, not a CSV text file (NUL byte at {Where(head, nul + (hasBom ? 3 : 0))})");
        }
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t'))
                return Fail($"binary data, not a CSV text file (control byte 0x{b:X2} at {Where(head, i + (hasBom ? 3 : 0))})");
        }

        // Cut at the last newline so a multi-byte character split by the sniff window does not count as invalid.
        if (!complete)
        {
            var cut = body.LastIndexOf((byte)'\n');
            if (cut >= 0)
                body = body[..(cut + 1)];
        }

        if (Utf8.IsValid(body))
            return new SniffResult(true, hasBom, null);
        try
        {
            // Some official cp949 files carry a stray UTF-8 BOM before the header.
            s_strictCp949.GetCharCount(body);
            return new SniffResult(false, hasBom, null);
        }
        catch (DecoderFallbackException ex)
        {
            var at = FirstInvalidUtf8(body);
            var offset = at + (hasBom ? 3 : 0);
            return Fail($"wrong encoding: the file is neither UTF-8 nor cp949 (EUC-KR); invalid byte 0x{body[at]:X2} at {Where(head, offset)}"
                + (ex.BytesUnknown is { Length: > 0 } bad ? $" (cp949 stops at byte 0x{bad[0]:X2})" : ""));
        }
    }

    private static SniffResult Fail(string message) => new(false, false, message);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return 0;
    }

    /// <summary>"line L (byte offset O)", counting lines from 1.</summary>
    private static string Where(ReadOnlySpan<byte> head, int offset)
    {
        var line = head[..Math.Min(offset, head.Length)].Count((byte)'\n') + 1;
        return $"line {line} (byte offset {offset})";
    }
}
