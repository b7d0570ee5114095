using System.Globalization;

namespace DefactoPop.Core.Analytics;

/// <summary>Class breaks for a choropleth: k classes have k-1 inner breaks; a value v is in class i when breaks[i-1] &lt;= v &lt; breaks[i].</summary>
public static class ClassBreaks
{
    /// <summary>Inner breaks so each class holds about the same number of finite values.</summary>
    public static double[] Quantile(IEnumerable<double> values, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
            return [];
        var breaks = QuantileSorted(sorted, classes);
        if (breaks.Count < classes - 1 && classes > 2 && sorted[^1] > sorted[0])
        {
            // many ties at the minimum (e.g. zeros): the minimum gets its own class, the rest is split by quantiles
            var rest = sorted.Where(v => v > sorted[0]).ToArray();
            breaks = [.. new[] { rest[0] }.Concat(QuantileSorted(rest, classes - 1)).Distinct().Order()];
        }
        return [.. breaks];
    }

    private static List<double> QuantileSorted(double[] sorted, int classes)
    {
        var breaks = new List<double>(classes - 1);
        for (var i = 1; i < classes; i++)
        {
            var pos = (sorted.Length - 1) * (double)i / classes;
            var lo = (int)Math.Floor(pos);
            var hi = Math.Min(lo + 1, sorted.Length - 1);
            var b = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
            // a break at the minimum would leave the first class empty: skip it, and ties
            if (b > sorted[0] && (breaks.Count == 0 || b > breaks[^1]))
                breaks.Add(b);
        }
        return breaks;
    }

    /// <summary>Inner breaks that split [min, max] of the finite values into equal widths.</summary>
    public static double[] EqualInterval(IEnumerable<double> values, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
            return [];
        double min = finite.Min(), max = finite.Max();
        if (max <= min)
            return [];
        var step = (max - min) / classes;
        return [.. Enumerable.Range(1, classes - 1).Select(i => min + step * i)];
    }

    /// <summary>Parses manual breaks "1000,5000,20000" (invariant numbers, ascending, duplicates dropped).</summary>
    public static double[] ParseManual(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var list = new List<double>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
                list.Add(v);
        }
        return [.. list.Distinct().Order()];
    }

    public static string FormatManual(IEnumerable<double> breaks) =>
        string.Join(',', breaks.Select(b => b.ToString("0.###", CultureInfo.InvariantCulture)));

    /// <summary>Class index of a finite value.</summary>
    public static int ClassOf(double value, IReadOnlyList<double> breaks)
    {
        var i = 0;
        while (i < breaks.Count && value >= breaks[i])
            i++;
        return i;
    }

    public static double[] Compute(ClassificationMethod method, IEnumerable<double> values, int classes, string? manual) => method switch
    {
        ClassificationMethod.Quantile => Quantile(values, classes),
        ClassificationMethod.EqualInterval => EqualInterval(values, classes),
        ClassificationMethod.Manual => ParseManual(manual),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
