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
        classes = Math.Clamp(classes, 2, ClassCodes.MaxClasses);
        var shown = values.Where((v, i) => visible is null || visible[i]);
        var breaks = ClassBreaks.Compute(method, shown, classes, manualBreaks);
        if (breaks.Length > ClassCodes.MaxClasses - 1)
            breaks = breaks[..(ClassCodes.MaxClasses - 1)];
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
