using static DefactoPop.Core.Siting.SitingText;

namespace DefactoPop.Core.Siting;

/// <summary>
/// 노인복지시설 (use-cases.md §2.4): demand w = α·presence + (1−α)·registered per zone; candidates are the zone
/// centroids; existing 경로당 or 복지관 stay open; MCLP chooses K new sites on every demand draw.
/// </summary>
public static class SeniorWorkbench
{
    public static SitingResult Run(SeniorInputs inputs, SeniorOptions options, SitingRun run)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        var demand = inputs.Demand;
        var zones = demand.Zones;
        var n = zones.Count;
        if (demand.Value.Length != n)
            throw new ArgumentException("The demand needs one value per zone.", nameof(inputs));
        if (options.Alpha is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "α must lie in [0, 1].");
        if (options.K < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.K, "K must not be negative.");
        var registered = inputs.Registered;
        if (registered is not null && registered.Length != n)
            throw new ArgumentException("The register needs one value per zone.", nameof(inputs));

        var radius = options.CoverageRadius;
        var facility = options.Facility == SeniorFacility.Gyeongrodang ? "경로당" : "노인복지관";
        var existing = options.Facility == SeniorFacility.Gyeongrodang ? inputs.Layers.SeniorCentres : inputs.Layers.WelfareCentres;
        var e = existing.Count;
        var zoneAt = zones.Select(z => z.At).ToArray();
        // Sites 0..e−1 are the existing facilities (fixed open), e.. the zone centroids.
        var covers = LocationModels.Coverage(zoneAt, [.. existing.Select(f => f.At), .. zoneAt], radius);
        int[] fixedOpen = [.. Enumerable.Range(0, e)];
        var coveredBefore = new bool[n];
        foreach (var i in covers.Take(e).SelectMany(c => c))
            coveredBefore[i] = true;
        var k = Math.Min(options.K, n);
        var alpha = registered is null ? 1 : options.Alpha;
        double[] Blend(double[] presence) =>
            alpha >= 1 ? presence : [.. presence.Select((p, i) => alpha * p + (1 - alpha) * registered![i])];
        double Uncovered(double[] w, int c) => covers[e + c].Sum(i => coveredBefore[i] ? 0 : w[i]);

        var zoneGrid = new PointIndex(zoneAt, radius / 2);
        var draws = demand.Draws(run.Draws, run.Seed);
        var pointChoice = new SiteChoice([], 0);
        var tally = DrawTally.Run(draws.Length, run, d =>
        {
            var w = Blend(draws[d]);
            var choice = LocationModels.Mclp(w, covers, k, fixedOpen);
            if (d == 0)
                pointChoice = choice;
            var picked = choice.Sites.Skip(e).Select(j => j - e).ToArray();
            // A draw counts a candidate as chosen when one of its picks serves at least half of the uncovered demand the
            // candidate would serve: neighbouring centroids that cover the same cluster are the same choice.
            var near = new HashSet<int>();
            foreach (var p in picked)
            {
                var served = covers[e + p].Where(i => !coveredBefore[i]).ToHashSet();
                foreach (var c in zoneGrid.Within(zoneAt[p], 2 * radius))
                {
                    var own = Uncovered(w, c);
                    if (own > 0 && covers[e + c].Where(served.Contains).Sum(i => w[i]) >= 0.5 * own)
                        near.Add(c);
                }
            }
            return new DrawOutcome([.. Enumerable.Range(0, n).Select(c => Uncovered(w, c))], picked, near);
        });

        var w0 = Blend(draws[0]);
        var total = w0.Sum();
        var before = Enumerable.Range(0, n).Sum(i => coveredBefore[i] ? w0[i] : 0);
        var after = pointChoice.Objective;
        var share = (double v) => total > 0 ? v / total : 0;
        var existingGrid = e > 0 ? new PointIndex([.. existing.Select(f => f.At)], radius) : null;
        var ages = Ages(options.Demand.Domestic);
        var window = Windows(options.Demand.Windows);
        var maxScore = Math.Max(tally.Point.Scores.DefaultIfEmpty(0).Max(), 1e-12);

        // Gi* of the demand no existing facility covers (distance band = the radius): where the gaps cluster.
        var gap = w0.Select((v, i) => coveredBefore[i] ? 0 : v).ToArray();
        var gi = n >= 2 && gap.Any(v => v > 0) ? GetisOrd.GiStar(gap, zoneAt, radius) : new double[n];
        var hot = Enumerable.Range(0, n).Where(i => GetisOrd.Bin(gi[i]) == 3).ToArray();

        // Marginal gains of the picked sites in pick order.
        var cumulative = new List<int>(fixedOpen);
        var marginal = new Dictionary<int, (double Gain, double From, double To)>();
        foreach (var c in tally.Point.Picked)
        {
            var from = LocationModels.CoveredDemand(w0, covers, cumulative);
            cumulative.Add(e + c);
            var to = LocationModels.CoveredDemand(w0, covers, cumulative);
            marginal[c] = (to - from, share(from), share(to));
        }

        var sites = tally.Listing(MaxListed).Select(c =>
        {
            var zone = zones[c];
            var score = tally.Point.Scores[c];
            var chosen = marginal.TryGetValue(c, out var m);
            var (gain, from, to) = chosen ? m : (score, share(before), share(before + score));
            var reg = registered is null ? (double?)null : covers[e + c].Sum(i => coveredBefore[i] ? 0 : registered[i]);
            var nearest = existingGrid?.Nearest(zone.At, 1) is [var f] ? existing[f].At.DistanceTo(zone.At) : (double?)null;
            List<SiteFactor> factors = [new("uncovered", score, score / maxScore), new("gain", gain, gain / maxScore), new("gi_star", gi[c], GetisOrd.Bin(gi[c]) / 3.0)];
            if (reg is { } r)
                factors.Add(new("registered_uncovered", r, 0));
            if (nearest is { } dist)
                factors.Add(new("nearest_existing_m", dist, 0));
            var regText = reg is { } rr ? $"(주민등록 {Count(rr)}명)" : "";
            var rationale = $"{ages} {window} 생활인구 {Count(gain)}명{regText}이 반경 {Distance(radius)} 내 {facility} 없이 체류 — 추가 시 커버율 {PercentChange(from, to)}"
                + (GetisOrd.Bin(gi[c]) == 3 ? " · 미커버 수요 핫스팟(Gi* 99 %)" : "");
            return new SitingSite(zone.Code, zone.Name, zone.Lon, zone.Lat, score, tally.Ranks[c], tally.Frequency[c],
                tally.RankLow[c], tally.RankHigh[c], rationale)
            { ZoneCode = zone.Code, Factors = factors, Chosen = chosen };
        }).ToList();

        var existingAt = existing.Select(f => f.At).ToArray();
        var newAt = tally.Point.Picked.Select(c => zoneAt[c]).ToArray();
        var (meanBefore, lowBefore) = Access(zoneAt, w0, existingAt, radius);
        var (meanAfter, lowAfter) = Access(zoneAt, w0, [.. existingAt, .. newAt], radius);
        List<SitingMetric> metrics =
        [
            new("coverage", "커버율", "Coverage", share(before) * 100, share(after) * 100, "%"),
            new("uncovered", "미커버 수요", "Uncovered demand", total - before, total - after, "명"),
            new("access_mean", "평균 접근성 (E2SFCA)", "Mean accessibility (E2SFCA)", meanBefore, meanAfter, "개소/천 명"),
            new("access_p10", "하위 10 % 수요의 접근성", "Accessibility of the lowest 10 % of demand", lowBefore, lowAfter, "개소/천 명"),
            new("demand", "총 수요", "Total demand", total, Unit: "명"),
            new("hotspots", "미커버 수요 핫스팟 (Gi* 99 %)", "Hot spots of uncovered demand (Gi* 99 %)", hot.Length, Unit: "구역"),
            new("existing", $"기존 {facility}", "Existing facilities", e, Unit: "개소"),
        ];
        List<string> notes =
        [
            $"선택 빈도: 수요 추출 {tally.Draws}회 중 이 후보가 맡을 미충족 수요의 절반 이상을 맡는 입지를 고른 비율. / Selection frequency: share of the {tally.Draws} draws that choose a site serving at least half of the uncovered demand this candidate would serve.",
            $"E2SFCA: 가우스 감쇠, 포착 거리 = 반경 {Distance(radius)}, 시설당 공급 1. / Gaussian decay, catchment = radius, supply 1 per facility.",
            $"Gi*: 미커버 수요, 거리대 {Distance(radius)}, 해석적 z(다중검정 보정 없음). / Gi* of uncovered demand, distance band = radius, analytic z without a multiple-testing correction.",
            "점수 = 기존 시설이 덮지 않는 반경 내 수요(순위용); 선택 = 기존 시설을 고정한 MCLP(탐욕 + 교환). / Score = uncovered demand within the radius; choice = MCLP with existing facilities fixed.",
        ];
        if (options.Alpha < 1 && registered is null)
            notes.Add("주민등록 인구가 없어 생활인구만 사용(α = 1). / No register loaded: presence only.");
        else if (registered is not null)
            notes.Add($"수요 = {Fixed(alpha, 2)}·생활인구 + {Fixed(1 - alpha, 2)}·주민등록 65세 이상.");
        if (e == 0)
            notes.Add($"기존 {facility} 레이어가 비어 있음: 모든 수요를 미커버로 계산. / No existing facilities loaded.");
        if (!demand.HasIntervals)
            notes.Add("구간 없는 자료(공식 파일): 선택 빈도는 0 또는 1. / No intervals: frequencies are 0 or 1.");

        return new SitingResult(SitingPreset.Senior, sites, metrics, demand.HasIntervals, tally.Draws)
        {
            Places = [.. existing.Select(f => Map("existing", f)),
                .. tally.Listing(MaxMapCandidates).Select(c => new MapPlace("candidate", zones[c].Name, zones[c].Lon, zones[c].Lat)),
                .. hot.Take(MaxMapCandidates).Select(i => new MapPlace("hotspot", zones[i].Name, zones[i].Lon, zones[i].Lat))],
            ZoneDemand = zones.Select((z, i) => (z.Code, w0[i])).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Item2),
            Notes = notes,
        };
    }

    /// <summary>Demand-weighted mean and 10th percentile of E2SFCA accessibility, per 1,000 people.</summary>
    private static (double Mean, double Low) Access(SitePoint[] zoneAt, double[] w, SitePoint[] supplyAt, double radius)
    {
        var total = w.Sum();
        if (supplyAt.Length == 0 || total <= 0)
            return (0, 0);
        var a = FloatingCatchment.Accessibility(zoneAt, w, supplyAt, [.. supplyAt.Select(_ => 1.0)], radius, gaussian: true);
        var mean = Enumerable.Range(0, w.Length).Sum(i => w[i] * a[i]) / total * 1000;
        double seen = 0;
        foreach (var i in Enumerable.Range(0, w.Length).OrderBy(i => a[i]).ThenBy(i => i))
        {
            seen += w[i];
            if (seen >= 0.1 * total)
                return (mean, a[i] * 1000);
        }
        return (mean, 0);
    }
}
