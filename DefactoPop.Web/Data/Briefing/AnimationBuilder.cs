using System.Globalization;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Exports;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using static DefactoPop.Core.Publication.Briefing.KoreanWording;

namespace DefactoPop.Web.Data.Briefing;

/// <summary>What an animation shows: a day (default the last with data), a map metric, and 자치구 or 행정동 (default the finest up to 행정동).</summary>
public sealed record AnimationRequest(DateOnly? Date = null, MapMetric Metric = MapMetric.DeFacto, ZoneLevel? Level = null);

public enum AnimationFormat
{
    Gif,
    Mp4,
}

/// <summary>An encoded animation, ready to download or write.</summary>
public sealed record AnimationFile(byte[] Bytes, string FileName, string ContentType, AnimationFrames Frames);

/// <summary>The 24 drawn frames of a day and what they show.</summary>
public sealed record AnimationFrames(DateOnly Date, ZoneLevel Level, MapMetric Metric, IReadOnlyList<RgbaFrame> Frames, IReadOnlyList<string> Colours)
{
    /// <summary>"animation-2017-10-07-dong-defacto.gif".</summary>
    public string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"animation-{Date:yyyy-MM-dd}-{Level.Key()}-{Metric.Key()}.{extension}");
}

/// <summary>
/// The 24-hour animation of a day, read from the store as the map page reads it (the disclosure view applies: masked
/// zones hatched, no masked number anywhere). All 24 hours are classed together (quantiles, 7 classes), so a colour
/// means the same range in every frame. Bad requests (no such day, level or metric) throw <see cref="ArgumentException"/>.
/// </summary>
public sealed class AnimationBuilder(IPopulationReadStore store)
{
    public const int Classes = 7;
    public const int FramesPerSecond = 2;
    private static readonly JsonSerializerOptions s_geoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// The animation as a file; for MP4 an <see cref="InvalidOperationException"/> with <see cref="FfmpegVideo.MissingMessage"/>
    /// when ffmpeg is missing (checked before any drawing).
    /// </summary>
    public async Task<AnimationFile> BuildAsync(AnimationRequest request, AnimationFormat format, CancellationToken ct = default)
    {
        if (format == AnimationFormat.Mp4 && FfmpegVideo.Locate() is null)
            throw new InvalidOperationException(FfmpegVideo.MissingMessage);
        var frames = await FramesAsync(request, ct);
        return format == AnimationFormat.Mp4
            ? new(await FfmpegVideo.Mp4Async(frames.Frames.Select(MapAnimation.Png), FramesPerSecond, ct), frames.FileName("mp4"), "video/mp4", frames)
            : new(MapAnimation.Gif(frames.Frames, frames.Colours), frames.FileName("gif"), "image/gif", frames);
    }

    public async Task<AnimationFrames> FramesAsync(AnimationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Level is { } asked && asked is not (ZoneLevel.Gu or ZoneLevel.Dong))
            throw new ArgumentException("The animation is drawn for 자치구 (district) or 행정동 (dong).");
        var fonts = BriefingFonts.Locate() ?? throw new InvalidOperationException("The map font (fonts/PretendardGOV-Regular.ttf) is missing; the build copies it from the npm package pretendard-gov.");
        var data = new DashboardData(store);
        var day = await DayAsync(data, request.Date, ct);
        var level = await store.GetFinestLevelAsync(day, request.Level ?? ZoneLevel.Dong, ct)
            ?? throw new ArgumentException($"No figures on {day:yyyy-MM-dd}.");
        if (request.Level is { } wanted && level != wanted)
            throw new ArgumentException($"No {wanted.Key()} figures on {day:yyyy-MM-dd}.");
        var geometry = await store.GetGeometryAsync(level, ct) ?? throw new ArgumentException($"No {level.Key()} boundaries are loaded.");
        var features = JsonSerializer.Deserialize<FeatureCollection>(geometry, s_geoJson) ?? throw new InvalidOperationException("Unreadable boundaries.");
        var shapes = features.Select(f => f.Geometry).ToList();

        var layers = new List<MetricLayer>(24);
        for (var hour = 0; hour < 24; hour++)
            layers.Add(await data.MetricAsync(level, new HourSlot(day, hour), request.Metric, null, null, ct));
        var palette = Palettes.Normalize(null, request.Metric.IsDiverging());
        var classed = ChoroplethClassifier.ClassifyTogether([.. layers.Select(l => (l.Values, l.Masked))], ClassificationMethod.Quantile, Classes, null, palette);
        if (classed[0].Classes.Length != shapes.Count)
            throw new InvalidOperationException($"{shapes.Count} boundaries for {classed[0].Classes.Length} zones.");

        var legend = classed[0].Legend.Select(l => LegendLabel(request.Metric, l.From, l.To, classed[0].Breaks)).ToList();
        var title = $"{Date(day)} {level.NameKo()}별 {MetricName(request.Metric)}";
        var frames = classed.Select((frame, hour) => new MapAnimationFrame(hour, MapAnimation.Zones(shapes, frame.Classes), title)).ToList();
        var pixels = MapAnimation.Render(frames, classed[0].Colors, legend, fonts.Regular);
        return new AnimationFrames(day, level, request.Metric, pixels, classed[0].Colors);
    }

    /// <summary>The day asked for, which must hold data; or the last day that does.</summary>
    private static async Task<DateOnly> DayAsync(DashboardData data, DateOnly? asked, CancellationToken ct)
    {
        var coverage = await data.CoverageAsync(ct);
        if (coverage.First is not { } first || coverage.Last is not { } last)
            throw new ArgumentException("The store holds no figures yet.");
        if (asked is not { } day)
            return last.Date;
        if (day < first.Date || day > last.Date || coverage.MissingDays.Contains(day))
            throw new ArgumentException($"No figures on {day:yyyy-MM-dd}: the store holds {first.Date:yyyy-MM-dd} to {last.Date:yyyy-MM-dd}.");
        return day;
    }

    /// <summary>The metric's Korean name, with its unit.</summary>
    public static string MetricName(MapMetric metric) => metric switch
    {
        MapMetric.DeFacto => "생활인구",
        MapMetric.Registered => "주민등록인구",
        MapMetric.Ratio => "생활인구 ÷ 주민등록인구 (배)",
        MapMetric.Difference => "생활인구 − 주민등록인구",
        MapMetric.Density => "생활인구 밀도 (명/km²)",
        MapMetric.LongTerm => "장기체류 외국인",
        MapMetric.ShortTerm => "단기체류 외국인",
        MapMetric.ChineseShortTerm => "단기체류 중국인",
        MapMetric.Uncertainty => "추정 불확실성 (90% 구간 폭 ÷ 추정값, %)",
        _ => metric.Key(),
    };

    /// <summary>A legend row in the metric's unit: "12.3만–15.0만" for counts of 만 and more, "1.2–1.5배", "35%–40%".</summary>
    internal static string LegendLabel(MapMetric metric, double? from, double? to, IReadOnlyList<double> breaks)
    {
        var inMan = metric is not (MapMetric.Ratio or MapMetric.Density or MapMetric.Uncertainty) && breaks.Any(b => Math.Abs(b) >= 10_000);
        string F(double v) => metric switch
        {
            MapMetric.Ratio => v.ToString("0.00", CultureInfo.InvariantCulture) + "배",
            MapMetric.Uncertainty => v.ToString("0", CultureInfo.InvariantCulture) + "%",
            _ when inMan => Man(v) + "만",
            _ => v.ToString("#,0", CultureInfo.InvariantCulture),
        };
        return (from, to) switch
        {
            (null, { } b) => $"{F(b)} 미만",
            ({ } a, null) => $"{F(a)} 이상",
            ({ } a, { } b) => $"{F(a)}–{F(b)}",
            _ => "전체",
        };
    }
}
