using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DefactoPop.Core.Reference;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>How the estimates are made: pipeline, factors, validation, disclosure and provenance.</summary>
[Route(DashboardUrls.MethodPath)]
public sealed partial class Method
{
    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private string? _method;
    private ExportTable? _validation;
    private ExportTable? _provenance;
    private RegisterUnjoined? _unjoined;

    /// <summary>The plain-language account of the 90 % intervals, in order.</summary>
    public static IReadOnlyList<string> IntervalParagraphs { get; } =
        ["method.intervals.what", "method.intervals.sources", "method.intervals.rollup", "method.intervals.limits", "method.intervals.imputed", "method.intervals.official"];

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required UiText T { get; init; }

    protected override async Task OnInitializedAsync()
    {
        var (method, validation) = await Data.MethodAsync();
        _method = PrettyJson(method);
        _validation = validation is null ? null : ValidationTable(validation);
        _unjoined = await Data.RegisterUnjoinedAsync();
        var c = await Data.CoverageAsync();
        var inv = CultureInfo.InvariantCulture;
        _provenance = new ExportTable("provenance", [T["col.kind"], T["col.value"]],
        [
            [T["prov.source"], c.Source],
            [T["prov.method"], c.Method],
            [T["prov.first"], c.First is { } f ? DashboardData.FormatSlot(f) : "–"],
            [T["prov.last"], c.Last is { } l ? DashboardData.FormatSlot(l) : "–"],
            [T["prov.days"], c.Days],
            [T["prov.hours"], c.Hours],
            [T["prov.updated"], c.UpdatedAt?.ToString("yyyy-MM-dd HH:mm zzz", inv) ?? "–"],
            [T["prov.missing"], c.MissingDays.Count == 0 ? "0" : string.Join(", ", c.MissingDays.Take(10).Select(d => d.ToString("yyyy-MM-dd", inv)))],
        ]);
    }

    /// <summary>Indented JSON when the text is JSON; the text itself otherwise.</summary>
    public static string? PrettyJson(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart() is not ['{' or '[', ..])
            return text;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(doc.RootElement, s_indented);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private ExportTable ValidationTable(ValidationReport v) =>
        new("validation", [T["col.metric"], T["col.value"]],
        [.. new (string Key, double? Value)[]
        {
            ("val.days", v.Days), ("val.cityMax", v.CityTotalMaxErrorPct), ("val.wapeGu", v.WapeGuPct), ("val.wapeDong", v.WapeDongPct),
            ("val.wapeOa", v.WapeOaPct), ("val.medianApe", v.MedianApeOaPct), ("val.coverage", v.Interval90CoveragePct),
            ("val.spatial", v.SpatialErrorRatioEmToVoronoi), ("val.c1", v.MisspecifiedC1ErrorPct), ("val.c2", v.MisspecifiedC2ErrorPct), ("val.c3", v.MisspecifiedC3ErrorPct),
        }.Where(x => x.Value is not null).Select(x => new object?[] { T[x.Key], x.Value })]);
}
