using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;

namespace DefactoPop.Core.Reference;

/// <summary>Attribute access that copes with the value types GeoJSON and dBase readers hand back.</summary>
internal static class FeatureAttributes
{
    /// <summary>The first present, non-empty attribute among <paramref name="names"/> (case-insensitive), as trimmed text.</summary>
    public static string? Text(IAttributesTable? attributes, params string[] names)
    {
        if (attributes is null)
            return null;
        var all = attributes.GetNames();
        foreach (var name in names)
        {
            var actual = all.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (actual is null)
                continue;
            var text = ToText(attributes[actual]);
            if (!string.IsNullOrEmpty(text))
                return text;
        }
        return null;
    }

    public static bool Has(IAttributesTable? attributes, string name) =>
        attributes is not null && attributes.GetNames().Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()?.Trim(),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement e => e.GetRawText(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        decimal m when m == decimal.Truncate(m) => m.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString()?.Trim(),
    };
}
