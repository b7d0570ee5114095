using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Routing;
using static DefactoPop.Core.Publication.Briefing.KoreanWording;

namespace DefactoPop.Web.Data.Briefing;

/// <summary>What a deck is built from: the period (default the last four weeks), the hour of the hotspot slide, an optional siting run, and the site's address for the permalinks.</summary>
public sealed record BriefingRequest(DateOnly? From = null, DateOnly? To = null, int Hour = 14)
{
    public SitingFilter? Siting { get; init; }

    /// <summary>Level of the map and the ranking slide (districts or dongs); null = the finest stored, up to dongs.</summary>
    public ZoneLevel? Level { get; init; }
    public string BaseUrl { get; init; } = "http://localhost:5080";
}

/// <summary>
/// Builds the briefing deck from the store as every page reads it (the disclosure view applies): the headline with its
/// interval, the top districts, the short-term Chinese visitors' hotspots, a siting result when asked, and the caveats.
/// Every number is worded by <see cref="KoreanWording"/>.
/// </summary>
public sealed class BriefingBuilder(IPopulationReadStore store, DisclosureView disclosure, SitingService siting)
{
    private readonly DashboardData _data = new(store);

    private const int Top = 5;

    public async Task<BriefingDeck> BuildAsync(BriefingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = await _data.PeriodAsync(ct);
        var to = period.Clamp(request.To);
        var from = period.Clamp(request.From ?? to.AddDays(1 - SitingService.DefaultDays), false);
        var overview = await _data.OverviewAsync(from, to, Top, ct);
        var source = await store.GetMetaAsync(MetaKeys.Source, ct);
        var method = await store.GetMetaAsync(MetaKeys.Method, ct);
        var synthetic = source == "synthetic";
        var permalink = request.BaseUrl.TrimEnd('/') + DashboardUrls.Briefing(new BriefingFilter
        {
            From = from,
            To = to,
            Hour = request.Hour,
            Level = request.Level,
            Siting = request.Siting?.Preset,
        });
        var footnote = Note($"자료: {(synthetic ? "합성 서울 시나리오" : "서울 열린데이터광장 생활인구")}" +
            (method is null ? "" : $" · 방법: {method}") + $" · 기간: {Range(from, to)}");
        var fonts = BriefingFonts.Locate();
        var slides = new List<BriefingSlide> { WithChart(Headline(overview), fonts, f => HourlyChart(overview, f)) };
        var mapLevel = request.Level ?? await store.GetFinestLevelAsync(to, ZoneLevel.Dong, ct);
        if (fonts is { } mapFonts && mapLevel is { } ml && await BriefingMapSlide.BuildAsync(store, _data, to, request.Hour, ml, mapFonts.Regular, ct) is { } map)
            slides.Add(map);
        var ranking = request.Level == ZoneLevel.Dong ? await TopDongsAsync(from, to, ct) : Ranked.Of(overview.TopDistricts);
        slides.Add(WithChart(Ranking(ranking, request.Level == ZoneLevel.Dong ? "행정동" : "자치구"), fonts, f => RankingChart(ranking, request.Level == ZoneLevel.Dong ? "행정동" : "자치구", f)));
        if (await HotspotsAsync(from, to, request.Hour, ct) is { } hotspots)
            slides.Add(hotspots);
        if (request.Siting is { } filter)
            slides.Add(await SitingAsync(filter with { From = from, To = to }, ct));
        var hasIntervals = overview.CitySeries.Any(p => p.Lower is not null);
        slides.Add(new BriefingSlide("유의사항", [new(1, "자료와 방법"), .. BriefingCaveats.For(new BriefingFacts(synthetic, method, disclosure.IsPublic, hasIntervals))
            .Select(l => new BriefingLine(2, l[2..]))]) { Image = BriefingQr.Of(permalink) });
        return new BriefingDeck("서울 생활인구 브리핑", Date(to) + " 기준", [.. slides.Select(s => s with { Footnote = footnote, Permalink = permalink })])
        {
            Internal = !disclosure.IsPublic,
            From = from,
            To = to,
        };
    }

    private static BriefingSlide Headline(ViewModels.OverviewModel o)
    {
        var k = o.Kpis;
        var mean = KpiIntervals.Mean(o.CitySeries);
        var title = k.Mean is { } m
            ? $"서울 생활인구 평균 {Count(m)}" + (k.Ratio is { } r ? $", 주민등록인구의 {Ratio(r)}" : "")
            : "서울 생활인구 자료 없음";
        var lines = new List<BriefingLine> { new(1, "현황") };
        if (k.Mean is { } mm)
            lines.Add(new(2, $"시간대 평균 생활인구 {Estimate(mm, mean?.Lower, mean?.Upper)}"));
        if (k.Registered is { } reg)
            lines.Add(new(2, $"주민등록인구 {Count(reg)}"));
        if (k.Max is { } max)
            lines.Add(new(2, $"최대 {Count(max.Value)}: {Date(max.At.Date, max.At.Hour)}"));
        if (k.Min is { } min)
            lines.Add(new(2, $"최소 {Count(min.Value)}: {Date(min.At.Date, min.At.Hour)}"));
        if (k.Swing is { } swing)
            lines.Add(new(3, $"최대·최소 차이 {Count(swing)}"));
        return new BriefingSlide(title, lines);
    }

    /// <summary>The slide with its chart, or as it is when no font file was found (the build copies one to fonts/).</summary>
    private static BriefingSlide WithChart(BriefingSlide slide, (string Regular, string? Bold)? fonts, Func<(string Regular, string? Bold), BriefingImage?> chart) =>
        fonts is { } f && chart(f) is { } image ? slide with { Image = image } : slide;

    private static BriefingImage? HourlyChart(ViewModels.OverviewModel o, (string Regular, string? Bold) f)
    {
        var points = o.CitySeries.Where(p => p.Value is not null).Select(p => (p.Slot, p.Value!.Value, p.Lower, p.Upper)).ToList();
        return points.Count < 2 ? null : BriefingCharts.HourlyCurve(points, "서울 시간대별 생활인구", f.Regular, boldFontPath: f.Bold);
    }

    /// <summary>A zone of the ranking slide: its name, the period's mean and its registered population.</summary>
    private sealed record Ranked(string Name, double Mean, double? Registered)
    {
        public static IReadOnlyList<Ranked> Of(IEnumerable<DistrictSummary> districts) =>
            [.. districts.Where(d => d.Mean is not null).Select(d => new Ranked(d.Name, d.Mean!.Value, d.Registered))];
    }

    /// <summary>The dongs with the highest mean over the period (daily means, as the ranking page reads them).</summary>
    private async Task<IReadOnlyList<Ranked>> TopDongsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var zones = await _data.ZonesAsync(ZoneLevel.Dong, ct);
        var means = await _data.MeanPresentAsync(ZoneLevel.Dong, null, DayTypeFilter.All, from, to, PopulationQuery.All, ct);
        var registered = await _data.RegisteredAsync(ZoneLevel.Dong, ct: ct);
        return [.. zones.Select((z, i) => new Ranked(z.NameKo, means[i], i < registered.Length && registered[i] > 0 ? registered[i] : null))
            .Where(r => double.IsFinite(r.Mean)).OrderByDescending(r => r.Mean).Take(Top)];
    }

    private static BriefingImage? RankingChart(IReadOnlyList<Ranked> top, string levelName, (string Regular, string? Bold) f) =>
        top.Count == 0 ? null : BriefingCharts.Bars([.. top.Select(r => (r.Name, r.Mean))], $"{levelName}별 생활인구 상위", f.Regular, 960, 540, f.Bold);

    private static BriefingSlide Ranking(IReadOnlyList<Ranked> top, string levelName)
    {
        if (top.Count == 0)
            return new BriefingSlide($"{levelName}별 생활인구 자료 없음", [new(1, $"{levelName} 자료가 없음")]);
        var lines = new List<BriefingLine> { new(1, $"생활인구 상위 {top.Count}개 {levelName} (기간 평균)") };
        lines.AddRange(top.Select((d, i) => new BriefingLine(2, $"{i + 1}. {d.Name} {Count(d.Mean)}" +
            (d.Registered is { } r && r > 0 ? $" (주민등록 대비 {Ratio(d.Mean / r)})" : ""))));
        return new BriefingSlide($"{Topic(top[0].Name)} 평균 {Count(top[0].Mean)}로 가장 많음", lines);
    }

    private async Task<BriefingSlide?> HotspotsAsync(DateOnly from, DateOnly to, int hour, CancellationToken ct)
    {
        var level = await store.GetFinestLevelAsync(to, ZoneLevel.Dong, ct);
        if (level is not { } l)
            return null;
        var model = await _data.ForeignersAsync(l, hour, from, to, Top, ct);
        var spots = model.ChineseHotspots.Where(h => double.IsFinite(h.Value) && h.Value > 0).ToList();
        if (spots.Count == 0)
            return null;
        var lines = new List<BriefingLine> { new(1, $"단기체류 중국인 {hour}시 평균 상위 {spots.Count}개 {l.NameKo()}") };
        lines.AddRange(spots.Select(h => new BriefingLine(2, $"{h.Rank}. {h.Zone.NameKo} {Count(h.Value)}" +
            (h.Share is { } s ? $" (해당 지역 생활인구의 {Percent(s * 100)})" : ""))));
        if (model.ShortChinese is { } city)
            lines.Add(new(3, $"서울 전체 단기체류 중국인 시간대 평균 {Count(city)}"));
        return new BriefingSlide($"단기체류 중국인 최다 지역은 {spots[0].Zone.NameKo}: {hour}시 평균 {Count(spots[0].Value)}", lines);
    }

    private async Task<BriefingSlide> SitingAsync(SitingFilter filter, CancellationToken ct)
    {
        var run = await siting.RunAsync(filter, null, ct);
        var chosen = run.Result.Sites.Where(s => s.Chosen).Take(Top).ToList();
        var name = filter.Preset switch
        {
            SitingPreset.Senior => "노인복지시설",
            SitingPreset.Canopy => "그늘막",
            SitingPreset.Bus => "광역버스",
            _ => "민간 타깃",
        };
        var lines = new List<BriefingLine> { new(1, $"{name} 입지 후보 (사후 추출 {run.Result.Draws}회)") };
        foreach (var s in chosen)
        {
            var freq = run.Result.HasIntervals ? $", 선정 빈도 {(s.SelectionFrequency * 100).ToString("0", CultureInfo.InvariantCulture)}%" : "";
            lines.Add(new(2, $"{s.Rank}. {s.Name}{freq}"));
            lines.Add(new(3, s.Rationale));
        }
        if (!run.Result.HasIntervals)
            lines.Add(new(3, "공개 자료에는 구간이 없어 선정 빈도를 계산할 수 없음"));
        return new BriefingSlide(chosen.Count == 0 ? $"{name}: 선정된 입지 없음" : $"{name} 입지 1순위: {chosen[0].Name}", lines);
    }
}
