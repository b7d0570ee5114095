using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using static DefactoPop.Core.Publication.Briefing.KoreanWording;

namespace DefactoPop.Web.Data.Briefing;

/// <summary>
/// The map slide: de facto population of the deck's level (자치구 or 행정동) at its hour on its last day, classed as
/// the web map classes it (quantiles, 7 classes), drawn on the server with the store's geometry; masked zones hatched.
/// </summary>
public static class BriefingMapSlide
{
    private const int Classes = 7;
    private static readonly JsonSerializerOptions s_geoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static async Task<BriefingSlide?> BuildAsync(IPopulationReadStore store, DashboardData data, DateOnly day, int hour, ZoneLevel level, string fontPath,
        CancellationToken ct)
    {
        if (await store.GetGeometryAsync(level, ct) is not { } geometry)
            return null;
        var slot = new HourSlot(day, hour);
        var layer = await data.MetricAsync(level, slot, MapMetric.DeFacto, null, null, ct);
        var frame = ChoroplethClassifier.Classify(layer.Values, layer.Masked, ClassificationMethod.Quantile, Classes, null, "viridis");
        var features = JsonSerializer.Deserialize<FeatureCollection>(geometry, s_geoJson);
        if (features is null || features.Count != frame.Classes.Length)
            return null;
        var zones = MapAnimation.Zones([.. features.Select(f => f.Geometry)], frame.Classes);
        var legend = frame.Legend.Select(l => (l.From, l.To) switch
        {
            (null, { } b) => $"{Man(b)}만 미만",
            ({ } a, null) => $"{Man(a)}만 이상",
            ({ } a, { } b) => $"{Man(a)}만–{Man(b)}만",
            _ => "",
        }).ToList();
        var title = $"{Date(day, hour)} {level.NameKo()}별 생활인구 (단위: 만 명)";
        var image = BriefingMap.Render(zones, frame.Colors, legend, title, fontPath);
        var top = layer.Zones.Select((z, i) => (Zone: z, Value: layer.Values[i], Masked: layer.Masked[i]))
            .Where(x => double.IsFinite(x.Value) && !x.Masked).OrderByDescending(x => x.Value).Take(3).ToList();
        var lines = new List<BriefingLine> { new(1, $"{hour}시 생활인구 상위 {level.NameKo()}") };
        lines.AddRange(top.Select((x, i) => new BriefingLine(2, $"{i + 1}. {x.Zone.NameKo} {Count(x.Value)}")));
        if (frame.MaskedCount > 0)
            lines.Add(new(3, $"빗금: 공개 기준으로 가려진 {frame.MaskedCount}개 구역"));
        var slideTitle = top.Count > 0 ? $"{hour}시 생활인구 {Topic("최다 " + level.NameKo())} {top[0].Zone.NameKo}: {Count(top[0].Value)}" : $"{hour}시 생활인구 지도";
        return new BriefingSlide(slideTitle, lines) { Image = image with { AltText = $"{title} 단계구분도" } };
    }
}
