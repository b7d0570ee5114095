using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Map;

/// <summary>The classes of the current frame with their counts, and the classification settings.</summary>
public sealed partial class MapLegend
{
    private static readonly IReadOnlyList<(int, string)> s_classOptions =
        [.. new[] { 3, 5, 7, 9 }.Select(k => (k, k.ToString(CultureInfo.InvariantCulture)))];

    private static readonly IReadOnlyList<(string, string)> s_paletteOptions = [.. Palettes.Names.Select(p => (p, p))];

    [Inject] public required UiText T { get; init; }

    [Parameter] public ChoroplethFrame? Frame { get; set; }
    [Parameter] public string? Title { get; set; }
    [Parameter] public ClassificationMethod Method { get; set; }
    [Parameter] public int Classes { get; set; } = 7;
    [Parameter] public string Palette { get; set; } = "viridis";
    [Parameter] public string? Breaks { get; set; }
    [Parameter] public EventCallback<LegendSettings> Changed { get; set; }

    private IReadOnlyList<(ClassificationMethod, string)> MethodOptions =>
        [(ClassificationMethod.Quantile, T["cls.quantile"]), (ClassificationMethod.EqualInterval, T["cls.equal"]), (ClassificationMethod.Manual, T["cls.manual"])];

    private string Range(LegendEntry e) => (e.From, e.To) switch
    {
        (null, null) => T["filter.all"],
        (null, { } to) => $"< {T.Number(to, compact: false)}",
        ({ } from, null) => $"≥ {T.Number(from, compact: false)}",
        ({ } from, { } to) => $"{T.Number(from, compact: false)} – {T.Number(to, compact: false)}",
    };
}
