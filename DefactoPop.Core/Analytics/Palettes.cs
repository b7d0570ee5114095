using System.Globalization;

namespace DefactoPop.Core.Analytics;

/// <summary>Colour-blind-safe palettes (viridis, cividis, magma; PuOr diverging), sampled to k colours.</summary>
public static class Palettes
{
    public static readonly IReadOnlyList<string> Names = ["viridis", "cividis", "magma", "puor"];

    private static readonly Dictionary<string, string[]> s_anchors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["viridis"] = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"],
        ["cividis"] = ["#00224e", "#123570", "#3b496c", "#575d6d", "#707173", "#8a8779", "#a69d75", "#c4b56c", "#e4cf5b", "#fee838"],
        ["magma"] = ["#000004", "#180f3d", "#440f76", "#721f81", "#9e2f7f", "#cd4071", "#f1605d", "#fd9668", "#feca8d", "#fcfdbf"],
        ["puor"] = ["#2d004b", "#542788", "#8073ac", "#b2abd2", "#d8daeb", "#fee0b6", "#fdb863", "#e08214", "#b35806", "#7f3b08"],
    };

    public static string Normalize(string? name, bool diverging) =>
        name is not null && s_anchors.ContainsKey(name) ? name.ToLowerInvariant() : diverging ? "puor" : "viridis";

    /// <summary>k colours "#rrggbb", evenly sampled along the palette with linear interpolation.</summary>
    public static string[] Colors(string name, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var anchors = s_anchors.TryGetValue(name, out var a) ? a : s_anchors["viridis"];
        var result = new string[k];
        for (var i = 0; i < k; i++)
        {
            var t = k == 1 ? 0.5 : (double)i / (k - 1);
            var pos = t * (anchors.Length - 1);
            var lo = (int)Math.Floor(pos);
            var hi = Math.Min(lo + 1, anchors.Length - 1);
            result[i] = Mix(anchors[lo], anchors[hi], pos - lo);
        }
        return result;
    }

    private static string Mix(string a, string b, double t)
    {
        static int Channel(string hex, int i) => int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Span<int> c = stackalloc int[3];
        for (var i = 0; i < 3; i++)
            c[i] = (int)Math.Round(Channel(a, i) + (Channel(b, i) - Channel(a, i)) * t);
        return string.Create(CultureInfo.InvariantCulture, $"#{c[0]:x2}{c[1]:x2}{c[2]:x2}");
    }
}
