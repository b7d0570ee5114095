using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DefactoPop.Core.Domain;
using ScottPlot;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// Chart pictures for the briefing deck, drawn on the server with ScottPlot (SkiaSharp). Every text is drawn with the font
/// loaded from the given file: SkiaSharp's Linux build here does not consult fontconfig, so a family name would fall back
/// to a face without Hangul and draw tofu. Values are head counts (persons) and are plotted in 만 명, the unit stated once
/// beside the title.
/// </summary>
public static class BriefingCharts
{
    /// <summary>The unit note beside every title.</summary>
    public const string UnitNote = "(단위: 만 명)";

    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private static readonly Color s_line = Color.FromHex("#1F4E79");
    private static readonly Color s_band = Color.FromHex("#1F4E79").WithAlpha(0.18);
    private static readonly Color s_bar = Color.FromHex("#2E75B6");
    private static readonly Color s_text = Color.FromHex("#222222");
    private static readonly Color s_grid = Color.FromHex("#E6E6E6");
    private static readonly Lock s_fontLock = new();
    private static readonly HashSet<string> s_registered = new(StringComparer.Ordinal);

    /// <summary>
    /// The city's hourly total as a line, with the 90 % band filled between the lower and upper bounds where both exist.
    /// Points are ordered by hour; the x ticks read "0시", "3시" … (with the date at midnight when several days are shown).
    /// </summary>
    public static BriefingImage HourlyCurve(
        IReadOnlyList<(HourSlot At, double Value, double? Lower, double? Upper)> points,
        string title, string fontPath, int width = 1380, int height = 780, string? boldFontPath = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
            throw new ArgumentException("At least one point is needed.", nameof(points));
        var ordered = points.OrderBy(p => p.At).ToList();
        var origin = ordered[0].At.Ordinal;
        var xs = ordered.Select(p => (double)(p.At.Ordinal - origin)).ToArray();
        var ys = ordered.Select(p => p.Value / 10_000).ToArray();

        var name = RegisterFont(fontPath, boldFontPath);
        var plot = NewPlot(name, title);
        var banded = ordered.Select((p, i) => (p, i)).Where(t => t.p.Lower is not null && t.p.Upper is not null).ToList();
        if (banded.Count > 1)
        {
            var band = plot.Add.FillY(
                banded.Select(t => xs[t.i]).ToArray(),
                banded.Select(t => t.p.Lower!.Value / 10_000).ToArray(),
                banded.Select(t => t.p.Upper!.Value / 10_000).ToArray());
            band.FillColor = s_band;
            band.LineColor = Colors.Transparent;
            band.LegendText = "90% 구간";
        }
        var line = plot.Add.Scatter(xs, ys);
        line.Color = s_line;
        line.LineWidth = 3;
        line.MarkerSize = xs.Length <= 48 ? 6 : 0;
        line.LegendText = "생활인구";

        var days = ordered[^1].At.Date.DayNumber - ordered[0].At.Date.DayNumber + 1;
        var step = xs[^1] <= 36 ? 3 : xs[^1] <= 96 ? 6 : 24;
        var ticks = Enumerable.Range(0, (int)xs[^1] + 1)
            .Select(i => HourSlot.FromOrdinal(origin + i))
            .Where(s => s.Hour % step == 0)
            .ToList();
        plot.Axes.Bottom.SetTicks(
            ticks.Select(s => (double)(s.Ordinal - origin)).ToArray(),
            ticks.Select(s => days > 1 && s.Hour == 0 ? $"{s.Date.Month}.{s.Date.Day}." : $"{s.Hour}시").ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number };
        if (banded.Count > 1)
        {
            plot.ShowLegend(Alignment.UpperLeft);
            plot.Legend.FontName = name;
            plot.Legend.FontSize = 20;
            plot.Legend.FontColor = s_text;
        }
        plot.Axes.Margins(horizontal: 0.02, vertical: 0.1);

        var alt = $"{title}: {ordered.Count}시간의 생활인구 추이, 최소 {KoreanWording.Count(ordered.Min(p => p.Value))}, " +
                  $"최대 {KoreanWording.Count(ordered.Max(p => p.Value))}" + (banded.Count > 1 ? ", 90% 구간 표시" : "");
        return Render(plot, alt, width, height);
    }

    /// <summary>Vertical bars in 만 명 (for example the top districts), in the given order, each labelled with its value.</summary>
    public static BriefingImage Bars(
        IReadOnlyList<(string Label, double Value)> bars,
        string title, string fontPath, int width = 1380, int height = 780, string? boldFontPath = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
            throw new ArgumentException("At least one bar is needed.", nameof(bars));
        var name = RegisterFont(fontPath, boldFontPath);
        var plot = NewPlot(name, title);
        var items = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value / 10_000,
            FillColor = s_bar,
            LineWidth = 0,
            Label = KoreanWording.Man(b.Value),
        }).ToList();
        var barPlot = plot.Add.Bars(items);
        // plot.Font.Set does not reach plottable labels (research note 4.1, pitfall 1).
        barPlot.ValueLabelStyle.FontName = name;
        barPlot.ValueLabelStyle.FontSize = 20;
        barPlot.ValueLabelStyle.ForeColor = s_text;
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(),
            bars.Select(b => b.Label).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number };
        plot.Axes.Margins(bottom: 0, top: 0.15);

        var alt = $"{title}: " + string.Join(", ", bars.Select(b => $"{b.Label} {KoreanWording.Count(b.Value)}"));
        return Render(plot, alt, width, height);
    }

    /// <summary>
    /// Registers the font files with ScottPlot under a name derived from their full paths (so two fonts never share a
    /// name; the regular file stands in for bold when no bold file is given) and returns that name.
    /// </summary>
    internal static string RegisterFont(string fontPath, string? boldFontPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fontPath);
        var regular = Path.GetFullPath(fontPath);
        if (!File.Exists(regular))
            throw new FileNotFoundException("Chart font file not found.", regular);
        var bold = boldFontPath is { } b && File.Exists(b) ? Path.GetFullPath(b) : regular;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(regular + "|" + bold));
        var name = "DefactoPopChart-" + Convert.ToHexString(hash, 0, 6);
        lock (s_fontLock)
        {
            if (s_registered.Add(name))
            {
                Fonts.AddFontFile(name, regular, bold: false, italic: false);
                Fonts.AddFontFile(name, bold, bold: true, italic: false);
            }
        }
        return name;
    }

    private static Plot NewPlot(string name, string title)
    {
        var plot = new Plot();
        plot.Font.Set(name);
        plot.Title($"{title}  {UnitNote}", size: 30);
        plot.Axes.Title.Label.FontName = name;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = s_text;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontName = name;
            axis.TickLabelStyle.FontSize = 20;
            axis.TickLabelStyle.ForeColor = s_text;
            axis.FrameLineStyle.Color = s_grid;
        }
        plot.Grid.MajorLineColor = s_grid;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        return plot;
    }

    private static BriefingImage Render(Plot plot, string alt, int width, int height)
    {
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new BriefingImage(png, alt, width, height);
    }

    private static string Number(double v) => v.ToString("#,0.##", s_inv);
}
