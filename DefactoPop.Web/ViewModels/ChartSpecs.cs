using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using KoreanCalendar = DefactoPop.Core.Domain.KoreanCalendar;

namespace DefactoPop.Web.ViewModels;

/// <summary>Builds Plotly figures (plain data) for every chart; the browser only draws them.</summary>
public static class ChartSpecs
{
    public const string Blue = "#31688e";
    public const string Green = "#35b779";
    public const string Orange = "#e08214";
    public const string Purple = "#542788";
    public const string Grey = "#78909c";

    private static Dictionary<string, object?> Layout(string? xTitle = null, string? yTitle = null, params (string Key, object? Value)[] extra)
    {
        var d = new Dictionary<string, object?>
        {
            ["xaxis"] = new Dictionary<string, object?> { ["title"] = new { text = xTitle ?? "" }, ["automargin"] = true },
            ["yaxis"] = new Dictionary<string, object?> { ["title"] = new { text = yTitle ?? "" }, ["automargin"] = true, ["rangemode"] = "tozero" },
        };
        foreach (var (k, v) in extra)
            d[k] = v;
        return d;
    }

    public static string SlotX(HourSlot s) => string.Create(CultureInfo.InvariantCulture, $"{s.Date:yyyy-MM-dd} {s.Hour:00}:00");

    private static string DayX(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00";

    /// <summary>The city's hourly curve with weekends (grey) and holidays (amber) shaded.</summary>
    public static ChartSpec CityCurve(IReadOnlyList<SeriesPoint> series, IReadOnlyList<(DateOnly From, DateOnly To, bool Holiday)> offDays, string name, double? registered, string registeredName,
        string? ribbonName = null)
    {
        var data = new List<object>
        {
            new { type = "scatter", mode = "lines", name, x = series.Select(p => SlotX(p.Slot)).ToArray(), y = series.Select(p => p.Value).ToArray(), line = new { color = Blue, width = 1.5 } },
        };
        if (ribbonName is not null && series.Any(p => p.Lower is not null))
            data.InsertRange(0, Ribbon([.. series.Select(p => SlotX(p.Slot))], [.. series.Select(p => p.Lower)], [.. series.Select(p => p.Upper)], ribbonName));
        if (registered is { } r && series.Count > 0)
        {
            data.Add(new { type = "scatter", mode = "lines", name = registeredName, x = new[] { SlotX(series[0].Slot), SlotX(series[^1].Slot) }, y = new[] { r, r }, line = new { color = Grey, dash = "dash", width = 1 } });
        }
        var shapes = offDays.Select(o => new
        {
            type = "rect", xref = "x", yref = "paper", x0 = DayX(o.From), x1 = DayX(o.To.AddDays(1)), y0 = 0, y1 = 1,
            fillcolor = o.Holiday ? "#ffb300" : "#90a4ae", opacity = o.Holiday ? 0.22 : 0.15, line = new { width = 0 }, layer = "below",
        }).ToArray();
        return new ChartSpec(data, Layout(null, null, ("shapes", shapes), ("yaxis", new Dictionary<string, object?> { ["automargin"] = true, ["rangemode"] = "normal" })));
    }

    public static ChartSpec Bars(IReadOnlyList<string> labels, IReadOnlyList<double?> values, string name, bool horizontal = false, string color = Blue)
    {
        object trace = horizontal
            ? new { type = "bar", orientation = "h", name, y = labels.Reverse().ToArray(), x = values.Reverse().ToArray(), marker = new { color } }
            : new { type = "bar", orientation = "v", name, x = labels.ToArray(), y = values.ToArray(), marker = new { color } };
        return new ChartSpec([trace], Layout());
    }

    public static ChartSpec GroupedBars(IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double?> Values, string Color)> groups) =>
        new([.. groups.Select(g => (object)new { type = "bar", name = g.Name, x = labels.ToArray(), y = g.Values.ToArray(), marker = new { color = g.Color } })],
            Layout(null, null, ("barmode", "group")));

    public static ChartSpec Donut(IReadOnlyList<string> labels, IReadOnlyList<double> values) =>
        new([new { type = "pie", hole = 0.55, labels = labels.ToArray(), values = values.ToArray(), sort = false, marker = new { colors = new[] { Blue, Green, Orange, Purple } }, textinfo = "label+percent" }],
            new Dictionary<string, object?> { ["showlegend"] = false });

    /// <summary>24 hours of one zone against its registered population.</summary>
    /// <param name="ribbonName">Legend name of the 90 % ribbon, drawn where the hours carry bounds; null for none.</param>
    public static ChartSpec DayProfile(IReadOnlyList<SeriesPoint> day, double registered, string name, string registeredName, string? ribbonName = null, string? imputedName = null)
    {
        var hours = Enumerable.Range(0, 24).ToArray();
        var y = new double?[24];
        foreach (var p in day)
            y[p.Slot.Hour] = p.Value;
        var lower = new double?[24];
        var upper = new double?[24];
        foreach (var p in day)
            (lower[p.Slot.Hour], upper[p.Slot.Hour]) = (p.Lower, p.Upper);
        var data = new List<object>();
        if (ribbonName is not null && lower.Any(v => v is not null))
            data.AddRange(Ribbon(hours, lower, upper, ribbonName));
        data.Add(new { type = "scatter", mode = "lines+markers", name, x = hours, y, line = new { color = Blue } });
        var imputed = day.Where(p => p.Imputed && p.Value is not null).ToList();
        if (imputedName is not null && imputed.Count > 0)
        {
            data.Add(new
            {
                type = "scatter", mode = "markers", name = imputedName, meta = "imputed",
                x = imputed.Select(p => p.Slot.Hour).ToArray(), y = imputed.Select(p => p.Value).ToArray(),
                marker = new { symbol = "circle-open", size = 11, color = "#d95f02", line = new { width = 2 } },
            });
        }
        if (double.IsFinite(registered))
            data.Add(new { type = "scatter", mode = "lines", name = registeredName, x = new[] { 0, 23 }, y = new[] { registered, registered }, line = new { color = Grey, dash = "dash" } });
        return new ChartSpec(data, Layout("h", null, ("xaxis", new Dictionary<string, object?> { ["dtick"] = 3, ["range"] = new[] { -0.5, 23.5 } })));
    }

    /// <summary>
    /// A 90 % ribbon as two traces: the lower bound (no line), then the upper bound filled down to it. Hours without bounds
    /// are gaps.
    /// </summary>
    public static IReadOnlyList<object> Ribbon<TX>(IReadOnlyList<TX> x, IReadOnlyList<double?> lower, IReadOnlyList<double?> upper, string name) =>
    [
        new { type = "scatter", mode = "lines", name = name + " (lower)", x, y = lower, line = new { width = 0, color = Blue }, showlegend = false, hoverinfo = "skip", meta = "ribbon-lower" },
        new { type = "scatter", mode = "lines", name, x, y = upper, fill = "tonexty", fillcolor = "rgba(49,104,142,0.22)", line = new { width = 0, color = Blue }, meta = "ribbon" },
    ];

    /// <summary>Age-sex pyramid: males to the left (negative), present as bars, registered as outlines.</summary>
    public static ChartSpec Pyramid(PopValue[]? present, double[]? registered, string male, string female, string registeredSuffix)
    {
        var bands = Enumerable.Range(0, Strata.BandCount).Select(b => Strata.BandLabel((AgeBand)b)).ToArray();
        double? P(int i) => present is not null && i < present.Length && present[i].HasValue ? present[i].Value : null;
        var data = new List<object>
        {
            new { type = "bar", orientation = "h", name = male, y = bands, x = Enumerable.Range(0, 14).Select(b => -P(Strata.Index(Sex.Male, (AgeBand)b))).ToArray(), marker = new { color = Blue } },
            new { type = "bar", orientation = "h", name = female, y = bands, x = Enumerable.Range(0, 14).Select(b => P(Strata.Index(Sex.Female, (AgeBand)b))).ToArray(), marker = new { color = Orange } },
        };
        if (registered is { Length: Strata.Count })
        {
            data.Add(new { type = "scatter", mode = "markers", name = male + registeredSuffix, y = bands, x = Enumerable.Range(0, 14).Select(b => -registered[Strata.Index(Sex.Male, (AgeBand)b)]).ToArray(), marker = new { color = "#000", symbol = "line-ns-open", size = 12 } });
            data.Add(new { type = "scatter", mode = "markers", name = female + registeredSuffix, y = bands, x = Enumerable.Range(0, 14).Select(b => registered[Strata.Index(Sex.Female, (AgeBand)b)]).ToArray(), marker = new { color = "#000", symbol = "line-ns-open", size = 12 } });
        }
        return new ChartSpec(data, Layout(null, null, ("barmode", "overlay"), ("bargap", 0.05)));
    }

    public static ChartSpec Week(IReadOnlyList<(DateOnly Date, double? Mean)> week, string name) =>
        new([new
        {
            type = "bar", name,
            x = week.Select(w => w.Date.ToString("MM-dd ddd", CultureInfo.CurrentCulture)).ToArray(),
            y = week.Select(w => w.Mean).ToArray(),
            marker = new { color = week.Select(w => KoreanCalendar.DayTypeOf(w.Date) == DayType.Weekday ? Blue : Orange).ToArray() },
        }], Layout());

    /// <summary>Registered (x) against de facto (y) with the y = x line.</summary>
    /// <param name="names">Hover text per row, aligned with rows.</param>
    public static ChartSpec Scatter(IReadOnlyList<RankingRow> rows, IReadOnlyList<string> names, string xTitle, string yTitle)
    {
        var max = rows.Select(r => Math.Max(r.Registered ?? 0, r.DeFacto ?? 0)).DefaultIfEmpty(1).Max();
        return new ChartSpec(
        [
            new { type = "scatter", mode = "markers", name = yTitle, x = rows.Select(r => r.Registered).ToArray(), y = rows.Select(r => r.DeFacto).ToArray(), text = names.ToArray(), marker = new { color = Blue, size = 7, opacity = 0.75 } },
            new { type = "scatter", mode = "lines", name = "y = x", x = new[] { 0, max }, y = new[] { 0, max }, line = new { color = Grey, dash = "dot" } },
        ], Layout(xTitle, yTitle));
    }

    public static ChartSpec Heatmap(HourDayMatrix matrix, string hourTitle) =>
        new([new
        {
            type = "heatmap", colorscale = "Viridis",
            x = Enumerable.Range(0, 24).ToArray(),
            y = matrix.Dates.Select(d => d.ToString("MM-dd ddd", CultureInfo.CurrentCulture)).ToArray(),
            z = matrix.Values,
        }], Layout(hourTitle, null, ("yaxis", new Dictionary<string, object?> { ["autorange"] = "reversed", ["automargin"] = true }), ("margin", new { l = 90, r = 16, t = 16, b = 48 })));

    public static ChartSpec Hourly(IReadOnlyList<(string Name, double?[] Values, string Color)> lines, string hourTitle) =>
        new([.. lines.Select(l => (object)new { type = "scatter", mode = "lines+markers", name = l.Name, x = Enumerable.Range(0, 24).ToArray(), y = l.Values, line = new { color = l.Color } })],
            Layout(hourTitle, null, ("xaxis", new Dictionary<string, object?> { ["dtick"] = 3 })));
}
