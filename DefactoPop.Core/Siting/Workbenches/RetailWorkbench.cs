using static DefactoPop.Core.Siting.SitingText;

namespace DefactoPop.Core.Siting;

/// <summary>
/// 민간 타깃 (use-cases.md §4.4), at 행정동 level or above: affinity A = (T/P)/(ΣT/ΣP)×100 and score
/// (T/max T)^β·(A/100)^(1−β). T is scaled to its maximum first so that volume and affinity are both near [0, 1] and β
/// trades them off rather than their units. The best hour is argmax of the target by hour; a new store at each top
/// zone's centroid gets a Huff share against the competitor shops of the kind (demand origins = zone centroids × T).
/// </summary>
public static class RetailWorkbench
{
    public static SitingResult Run(RetailInputs inputs, RetailOptions options, SitingRun run)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        var zones = inputs.Target.Zones;
        var n = zones.Count;
        if (zones.Any(z => z.Code.Length >= 13))
            throw new InvalidOperationException("민간 타깃 분석은 행정동 이상 단위만 허용됩니다(집계구 코드가 들어옴). / Retail targeting runs at 행정동 level or above only: the zones look like 13-digit 집계구.");
        if (inputs.Base.Zones.Count != n || inputs.Target.Value.Length != n || inputs.Base.Value.Length != n)
            throw new ArgumentException("Target and base must share the same zones.", nameof(inputs));
        var beta = options.VolumeWeight;
        if (beta is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(options), beta, "β must lie in [0, 1].");
        var k = Math.Min(options.K, n);

        // Target ⊂ base: one seed, so their draws move together.
        var targetDraws = inputs.Target.Draws(run.Draws, run.Seed);
        var baseDraws = inputs.Base.Draws(run.Draws, run.Seed);
        double[] pointAffinity = [];
        var tally = DrawTally.Run(targetDraws.Length, run, d =>
        {
            var (t, p) = (targetDraws[d], baseDraws[d]);
            var affinity = Affinity(t, p);
            if (d == 0)
                pointAffinity = affinity;
            var max = t.DefaultIfEmpty(0).Max();
            var score = t.Select((v, i) => max > 0 ? Math.Pow(v / max, beta) * Math.Pow(affinity[i] / 100, 1 - beta) : 0).ToArray();
            var top = SiteRanking.Top(score, k);
            return new DrawOutcome(score, top, top);
        });

        var target = inputs.Target.Value;
        var category = options.Kind == RetailKind.FastFood ? ShopCategory.FastFood : ShopCategory.Cosmetics;
        var competitors = inputs.Layers.Shops.Where(s => s.Category == category).ToArray();
        var origins = zones.Select(z => z.At).ToArray();
        var totalTarget = target.Sum();
        var audience = options.Kind == RetailKind.FastFood
            ? Ages(options.Target.Domestic)
            : Ages(options.Target.Domestic) + (options.ChineseVisitorWeight > 0 ? " + 단기체류 중국인" : "");
        var window = Windows(options.Target.Windows);
        var picked = tally.Point.Picked.ToHashSet();
        Huff.Market? market = null;
        var sites = tally.Listing(MaxListed).Select(i =>
        {
            var zone = zones[i];
            var best = BestHour(inputs.TargetByHour, i);
            double? share = null, customers = null;
            if (picked.Contains(i) && totalTarget > 0)
            {
                market ??= new Huff.Market(origins, [.. competitors.Select(s => s.At)], [.. Enumerable.Repeat(1.0, competitors.Length)], lambda: options.HuffLambda);
                customers = market.Expected(zone.At, 1.0, target);
                share = customers / totalTarget;
            }
            var hourText = best is { } h ? $", 최적 시간 {h}시" : "";
            var huffText = share is { } s ? $", 신규 점포 예상 점유율 {Fixed(s * 100, 1)} %" : "";
            var rationale = $"{zone.Name}: {window} {audience} 시간당 {Count(target[i])}명, 서울 평균 대비 {Fixed(pointAffinity[i] / 100, 1)}배{hourText}{huffText}";
            List<SiteFactor> factors =
            [
                new("target", target[i], target.Max() > 0 ? target[i] / target.Max() : 0),
                new("affinity", pointAffinity[i], pointAffinity[i] / 100),
            ];
            if (best is { } bh)
                factors.Add(new("best_hour", bh, 0));
            if (share is { } sh)
                factors.AddRange([new("huff_share", sh, sh), new("expected_customers", customers!.Value, 0)]);
            return new SitingSite(zone.Code, zone.Name, zone.Lon, zone.Lat, tally.Point.Scores[i], tally.Ranks[i], tally.Frequency[i],
                tally.RankLow[i], tally.RankHigh[i], rationale)
            { ZoneCode = zone.Code, Factors = factors, Chosen = picked.Contains(i) };
        }).ToList();

        var baseTotal = inputs.Base.Value.Sum();
        List<SitingMetric> metrics =
        [
            new("target", "타깃 생활인구 합계(시간당)", "Target presence per hour", totalTarget, Unit: "명"),
            new("target_share", "전체 대비 타깃 비중", "Target share of everyone", baseTotal > 0 ? 100 * totalTarget / baseTotal : 0, Unit: "%"),
            new("top_target_share", $"상위 {k}개 지역의 타깃 비중", "Share of the target in the top zones",
                totalTarget > 0 ? 100 * tally.Point.Picked.Sum(i => target[i]) / totalTarget : 0, Unit: "%"),
            new("competitors", "경쟁 점포", "Competitor shops", competitors.Length, Unit: "개"),
        ];
        List<string> notes =
        [
            $"점수 = (T/최대 T)^β·(A/100)^(1−β), β = {Fixed(beta, 2)}; A = (T/P)/(ΣT/ΣP)×100. / Score with T scaled to its maximum.",
            $"Huff: 신규 점포(후보 지역 중심)와 경쟁 점포의 매력도 동일, λ = {Fixed(options.HuffLambda, 1)}, 수요 = 지역 중심 × 타깃 생활인구. / Equal attractiveness; origins = zone centroids.",
            "타깃과 전체 생활인구는 같은 시드로 추출(오차가 같은 방향). 선택 빈도 = 상위 K에 든 추출의 비율. / One seed for both surfaces; frequency = share of draws in the top K.",
        ];
        if (competitors.Length == 0)
            notes.Add("경쟁 점포 레이어가 없어 Huff 점유율은 100 %. / No competitor shops loaded: Huff share is 100 %.");
        if (!inputs.Target.HasIntervals)
            notes.Add("구간 없는 자료(공식 파일): 선택 빈도는 0 또는 1. / No intervals: frequencies are 0 or 1.");

        return new SitingResult(SitingPreset.Retail, sites, metrics, inputs.Target.HasIntervals, tally.Draws)
        {
            Places = [.. competitors.Take(MaxMapCandidates).Select(s => Map("competitor", s))],
            ZoneDemand = zones.Select((z, i) => (z.Code, target[i])).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Item2),
            Notes = notes,
        };
    }

    /// <summary>A = (T/P)/(ΣT/ΣP)×100 per zone; 0 where nobody is present.</summary>
    public static double[] Affinity(IReadOnlyList<double> target, IReadOnlyList<double> @base)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(@base);
        var (t, p) = (target.Sum(), @base.Sum());
        var city = p > 0 ? t / p : 0;
        return [.. target.Select((v, i) => @base[i] > 0 && city > 0 ? v / @base[i] / city * 100 : 0)];
    }

    private static int? BestHour(double[][] byHour, int zone)
    {
        int? best = null;
        for (var h = 0; h < byHour.Length; h++)
        {
            if (zone < byHour[h].Length && (best is null || byHour[h][zone] > byHour[best.Value][zone]))
                best = h;
        }
        return best;
    }
}
