using System.Text.Json;

namespace DefactoPop.Web.ViewModels;

/// <summary>The "validation" meta JSON written by the validate command; every figure optional.</summary>
public sealed record ValidationReport(
    int? Days,
    double? CityTotalMaxErrorPct,
    double? WapeGuPct,
    double? WapeDongPct,
    double? WapeOaPct,
    double? MedianApeOaPct,
    double? Interval90CoveragePct,
    double? SpatialErrorRatioEmToVoronoi,
    double? MisspecifiedC1ErrorPct,
    double? MisspecifiedC2ErrorPct,
    double? MisspecifiedC3ErrorPct)
{
    /// <summary>Parses the JSON; null when absent or not an object.</summary>
    public static ValidationReport? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return null;
            // validate --truth writes per-day figures and an "overall" object holding the same names.
            var root = Child(doc.RootElement, "overall") ?? doc.RootElement;
            var wape = Child(root, "wapePct");
            var mis = Child(root, "misspecifiedShare");
            return new ValidationReport(
                (int?)Num(root, "days"),
                Num(root, "cityTotalMaxErrorPct"),
                Num(wape, "gu"), Num(wape, "dong"), Num(wape, "oa"),
                Num(root, "medianApeOaPct"),
                Num(root, "interval90CoveragePct") ?? Num(Child(root, "interval90CoveragePct"), "oa"),
                Num(root, "spatialErrorRatioEmToVoronoi"),
                Num(mis, "c1ErrorPct"), Num(mis, "c2ErrorPct"), Num(mis, "c3ErrorPct"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Child(JsonElement e, string name) =>
        e.TryGetProperty(name, out var c) && c.ValueKind == JsonValueKind.Object ? c : null;

    private static double? Num(JsonElement? e, string name) =>
        e is { } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
