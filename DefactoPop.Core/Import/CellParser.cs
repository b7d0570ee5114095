using System.Globalization;

namespace DefactoPop.Core.Import;

/// <summary>Allocation-free parsing of the ASCII cells of a data row.</summary>
internal static class CellParser
{
    private static readonly double[] s_pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a non-negative decimal. Returns null on success, else the reason.</summary>
    /// <remarks>
    /// Fast path: up to 15 significant digits with an optional fraction; m / 10^k is then correctly
    /// rounded (both operands are exact doubles), so it equals double.Parse bit for bit.
    /// Anything else goes through double.TryParse (InvariantCulture).
    /// </remarks>
    public static string? TryParseValue(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        ulong mantissa = 0;
        var digits = 0;
        var fraction = -1;
        var ok = s.Length is > 0 and <= 17;
        for (var i = 0; i < s.Length && ok; i++)
        {
            var c = s[i];
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                mantissa = mantissa * 10 + d;
                digits++;
                if (fraction >= 0)
                    fraction++;
            }
            else if (c == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                ok = false;
            }
        }
        if (ok && digits is > 0 and <= 15 && fraction != 0)
        {
            value = fraction > 0 ? mantissa / s_pow10[fraction] : mantissa;
            return null;
        }
        return SlowParse(s, out value);
    }

    private static string? SlowParse(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.Length > 64)
            return "not a number (cell too long)";
        Span<char> chars = stackalloc char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] > 0x7E)
                return "not a number (non-ASCII text)";
            chars[i] = (char)s[i];
        }
        if (!double.TryParse(chars, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return $"not a number: '{chars.ToString()}'";
        if (!double.IsFinite(value))
            return $"'{chars.ToString()}' is NaN or Infinity, not a count";
        if (value < 0)
            return $"negative value {chars.ToString()}";
        value += 0.0; // -0 becomes 0
        return null;
    }

    /// <summary>YYYYMMDD as yyyy*10000+mm*100+dd, or -1 when not 8 digits.</summary>
    public static int EightDigits(ReadOnlySpan<byte> s) => s.Length == 8 ? (int)Digits(s) : -1;

    /// <summary>0-23 from "0".."23" or "00".."23"; -1 when not one or two digits, else the number (may exceed 23).</summary>
    public static int Hour(ReadOnlySpan<byte> s) => s.Length is 1 or 2 ? (int)Digits(s) : -1;

    /// <summary>The decimal number the ASCII digits spell (up to 18 of them), or -1 when a byte is not a digit.</summary>
    public static long Digits(ReadOnlySpan<byte> s)
    {
        long v = 0;
        foreach (var c in s)
        {
            var d = (uint)(c - '0');
            if (d > 9)
                return -1;
            v = v * 10 + d;
        }
        return v;
    }

    /// <summary>A printable, bounded rendering of a raw cell for messages.</summary>
    public static string Show(ReadOnlySpan<byte> s)
    {
        var n = Math.Min(s.Length, 40);
        var chars = new char[n];
        for (var i = 0; i < n; i++)
            chars[i] = s[i] is >= 0x20 and <= 0x7E ? (char)s[i] : '?';
        return new string(chars) + (s.Length > n ? "…" : "");
    }
}
