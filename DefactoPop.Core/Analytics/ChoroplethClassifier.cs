namespace DefactoPop.Core.Analytics;

/// <summary>Turns zone values into class bytes and a legend.</summary>
public static class ChoroplethClassifier
{
    /// <param name="values">One value per zone, NaN where none.</param>
    /// <param name="masked">True where masked or a lower bound.</param>
    /// <param name="visible">Optional; false zones are sent as <see cref="ClassCodes.Hidden"/> and ignored by the breaks.</param>
    public static ChoroplethFrame Classify(
        double[] values,
        bool[] masked,
        ClassificationMethod method,
        int classes,
        string? manualBreaks,
        string palette,
        bool[]? visible = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(masked.Length, values.Length);
        var shown = values.Where((v, i) => visible is null || visible[i]);
        return WithBreaks(values, masked, Breaks(method, shown, classes, manualBreaks), palette, visible);
    }

    /// <summary>
    /// Several layers (e.g. the 24 hours of a day) classed with one set of breaks computed from all their values together,
    /// so a colour means the same range in every frame.
    /// </summary>
    public static IReadOnlyList<ChoroplethFrame> ClassifyTogether(
        IReadOnlyList<(double[] Values, bool[] Masked)> layers,
        ClassificationMethod method,
        int classes,
        string? manualBreaks,
        string palette)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var breaks = Breaks(method, layers.SelectMany(l => l.Values), classes, manualBreaks);
        return [.. layers.Select(l => WithBreaks(l.Values, l.Masked, breaks, palette, null))];
    }

    private static double[] Breaks(ClassificationMethod method, IEnumerable<double> values, int classes, string? manualBreaks)
    {
        var breaks = ClassBreaks.Compute(method, values, Math.Clamp(classes, 2, ClassCodes.MaxClasses), manualBreaks);
        return breaks.Length > ClassCodes.MaxClasses - 1 ? breaks[..(ClassCodes.MaxClasses - 1)] : breaks;
    }

    private static ChoroplethFrame WithBreaks(double[] values, bool[] masked, double[] breaks, string palette, bool[]? visible)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(masked.Length, values.Length);
        var k = breaks.Length + 1;
        var colors = Palettes.Colors(palette, k);
        var codes = new byte[values.Length];
        var counts = new int[k];
        int maskedCount = 0, noData = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (visible is not null && !visible[i])
            {
                codes[i] = ClassCodes.Hidden;
                continue;
            }
            byte code;
            if (double.IsFinite(values[i]))
            {
                var c = ClassBreaks.ClassOf(values[i], breaks);
                counts[c]++;
                code = (byte)c;
            }
            else
            {
                noData++;
                code = ClassCodes.NoData;
            }
            if (masked[i])
            {
                maskedCount++;
                code |= ClassCodes.MaskedFlag;
            }
            codes[i] = code;
        }
        var legend = new LegendEntry[k];
        for (var c = 0; c < k; c++)
            legend[c] = new LegendEntry(colors[c], c == 0 ? null : breaks[c - 1], c == k - 1 ? null : breaks[c], counts[c]);
        return new ChoroplethFrame(codes, ToFloat32Bytes(values), colors, breaks, legend, maskedCount, noData);
    }

    /// <summary>Little-endian float32 per value (NaN kept), read in JS as a Float32Array.</summary>
    public static byte[] ToFloat32Bytes(double[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), (float)values[i]);
        return bytes;
    }
}
