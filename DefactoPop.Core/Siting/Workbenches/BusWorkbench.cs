using DefactoPop.Core.Domain;
using static DefactoPop.Core.Siting.SitingText;

namespace DefactoPop.Core.Siting;

/// <summary>
/// 광역버스 (use-cases.md §1.4): weekday arrivals in the option hours from cities outside Seoul, destinations clustered
/// greedily; each corridor (origin city, destination cluster) scored on demand D, inefficiency I = T/(d/v) and unmet
/// peak U = max(0, peak − S) by min–max composite; the top K get destination stops (MCLP) and a frequency.
/// Masked cells are drawn uniformly in [1, 3] on each draw (2 on draw 0); clusters stay those of draw 0.
/// </summary>
public static class BusWorkbench
{
    private sealed record Cluster(int Seed, int[] Dongs, SitePoint Centre);

    private sealed record Corridor(CommuteOrigin Origin, int Cluster, int[] Flows);

    private sealed record Figures(double D, double Peak, double T, double Distance, double I, double S, double U);

    public static SitingResult Run(BusInputs inputs, BusOptions options, SitingRun run)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Draws < 1)
            throw new ArgumentOutOfRangeException(nameof(run), run.Draws, "At least one draw.");
        var origins = inputs.Origins.DistinctBy(o => o.Code).ToDictionary(o => o.Code);
        var dongs = inputs.Dongs;
        var dongIndex = dongs.Select((z, i) => (z.Code, i)).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.i);
        var flows = inputs.Flows.Where(f => f.Day == DayType.Weekday && f.ArrivalHour >= options.FromHour && f.ArrivalHour < options.ToHour
            && !f.Origin.StartsWith("11", StringComparison.Ordinal) && origins.ContainsKey(f.Origin) && dongIndex.ContainsKey(f.Destination)).ToArray();
        var dropped = inputs.Flows.Count(f => f.Day == DayType.Weekday && f.ArrivalHour >= options.FromHour && f.ArrivalHour < options.ToHour
            && !f.Origin.StartsWith("11", StringComparison.Ordinal)) - flows.Length;
        var masked = flows.Count(f => f.Movers is null);

        // Movers per flow on each draw: masked cells uniform in [1, 3], 2 on the point estimate.
        var rng = new Random(run.Seed);
        var movers = new double[run.Draws][];
        for (var d = 0; d < run.Draws; d++)
        {
            movers[d] = [.. flows.Select(f => f.Movers ?? (d == 0
                ? (CommuteFlow.MaskedLow + CommuteFlow.MaskedHigh) / 2
                : CommuteFlow.MaskedLow + rng.NextDouble() * (CommuteFlow.MaskedHigh - CommuteFlow.MaskedLow)))];
        }

        var inbound = new double[dongs.Count];
        for (var f = 0; f < flows.Length; f++)
            inbound[dongIndex[flows[f].Destination]] += movers[0][f];
        var clusters = Clusters(dongs, inbound, options.ClusterRadius);
        var clusterOf = new int[dongs.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var z in clusters[c].Dongs)
                clusterOf[z] = c;
        }
        var corridors = Enumerable.Range(0, flows.Length)
            .GroupBy(f => (flows[f].Origin, Cluster: clusterOf[dongIndex[flows[f].Destination]]))
            .OrderBy(g => g.Key.Origin, StringComparer.Ordinal).ThenBy(g => g.Key.Cluster)
            .Select(g => new Corridor(origins[g.Key.Origin], g.Key.Cluster, [.. g])).ToArray();
        var supply = corridors.Select(c => Supply(c, clusters[c.Cluster], dongs, inputs.Layers.BusRoutes, options.StopRadius * 2)).ToArray();
        Figures Measure(Corridor c, double s, double[] m)
        {
            var d = c.Flows.Sum(f => m[f]);
            var peak = c.Flows.GroupBy(f => flows[f].ArrivalHour).Select(h => h.Sum(f => m[f])).DefaultIfEmpty(0).Max();
            var t = d > 0 ? c.Flows.Sum(f => m[f] * flows[f].MeanMinutes) / d : 0;
            var dist = c.Origin.At.DistanceTo(clusters[c.Cluster].Centre);
            var i = t / (Math.Max(dist, 1) / 1000 / options.ReferenceSpeedKmh * 60);
            return new Figures(d, peak, t, dist, i, s, Math.Max(0, peak - s));
        }

        double[] weights = [options.DemandWeight, options.InefficiencyWeight, options.UnmetWeight];
        var k = Math.Min(options.K, corridors.Length);
        Figures[] point = [];
        var tally = DrawTally.Run(run.Draws, run, d =>
        {
            var figures = corridors.Select((c, j) => Measure(c, supply[j], movers[d])).ToArray();
            if (d == 0)
                point = figures;
            var score = corridors.Length == 0 ? []
                : CompositeIndex.Score([[.. figures.Select(x => x.D)], [.. figures.Select(x => x.I)], [.. figures.Select(x => x.U)]], weights);
            var top = SiteRanking.Top(score, k);
            return new DrawOutcome(score, top, top);
        });

        var stopGrid = inputs.Layers.BusStops.Count > 0 ? new PointIndex([.. inputs.Layers.BusStops.Select(s => s.At)], options.StopRadius) : null;
        var usedStops = new List<SitingPlace>();
        var window = options.FromHour >= 5 && options.ToHour <= 10 ? "출근" : options.FromHour >= 16 && options.ToHour <= 21 ? "퇴근" : $"{options.FromHour}–{options.ToHour}시 도착";
        var sites = tally.Listing(MaxListed).Select(j =>
        {
            var c = corridors[j];
            var cluster = clusters[c.Cluster];
            var seed = dongs[cluster.Seed];
            var f = point[j];
            var chosen = tally.Point.Picked.Contains(j);
            var buses = Math.Clamp(Math.Ceiling(f.Peak * options.CaptureRate / (options.Seats * options.LoadFactor)),
                Math.Ceiling(60 / options.MaxHeadway), Math.Floor(60 / options.MinHeadway));
            IReadOnlyList<(double, double)> path = [];
            if (chosen)
            {
                var stops = Stops(c, cluster, flows, movers[0], dongs, dongIndex, inputs.Layers.BusStops, stopGrid, options);
                usedStops.AddRange(stops.Where(s => s.Id.Length > 0));
                path = [(c.Origin.Lon, c.Origin.Lat), .. stops.Select(s => (s.Lon, s.Lat))];
            }
            var (lon, lat) = Degrees(cluster.Centre);
            var name = $"{c.Origin.NameKo}→{seed.Name}";
            var rationale = $"{name}: {window} OD {Man(f.D)}명, 평균 {Count(f.T)}분(직선 {Count(f.Distance / 1000)} km, 효율지수 {Fixed(f.I, 1)}), 직결 좌석 공급 {Count(f.S)} → 우선순위 {tally.Ranks[j]}";
            return new SitingSite($"{c.Origin.Code}→{seed.Code}", name, lon, lat, tally.Point.Scores[j], tally.Ranks[j],
                tally.Frequency[j], tally.RankLow[j], tally.RankHigh[j], rationale)
            {
                ZoneCode = seed.Code,
                Chosen = chosen,
                Path = path,
                Factors =
                [
                    new("demand", f.D, 0), new("peak", f.Peak, 0), new("minutes", f.T, 0), new("distance_km", f.Distance / 1000, 0),
                    new("inefficiency", f.I, 0), new("seats_per_hour", f.S, 0), new("unmet", f.U, 0),
                    new("buses_per_hour", buses, 0), new("headway_min", 60 / buses, 0),
                ],
            };
        }).ToList();
        sites = [.. sites.Select(s => s with { Factors = Normalise(s.Factors, point) })];

        List<SitingMetric> metrics =
        [
            new("corridors", "통근 축", "Corridors", corridors.Length, Unit: "개"),
            new("clusters", "도착 권역", "Destination clusters", clusters.Count, Unit: "개"),
            new("demand", "통근 OD 합계", "Commuters in the window", point.Sum(x => x.D), Unit: "명"),
            new("top_demand", $"상위 {k}개 축 OD", "Commuters on the top corridors", tally.Point.Picked.Sum(j => point[j].D), Unit: "명"),
            new("masked_share", "가려진 셀 비율", "Share of masked cells", flows.Length > 0 ? 100.0 * masked / flows.Length : 0, Unit: "%"),
        ];
        List<string> notes =
        [
            $"평일 {options.FromHour}–{options.ToHour}시 서울 밖 출발 OD만 사용; 도착 행정동은 반경 {Distance(options.ClusterRadius)} 안에서 유입이 큰 동부터 묶음. / Weekday arrivals from outside Seoul; destinations clustered greedily.",
            $"효율지수 I = 평균 통행시간 / (직선거리 ÷ {Count(options.ReferenceSpeedKmh)} km/h); 미충족 U = max(0, 첨두 시간 OD − 직결 좌석/시). / I = T/(d/v_ref); U = max(0, peak − seats/h).",
            "가려진 셀(*)은 추출마다 [1, 3] 균등, 점추정 2. 선택 빈도 = 상위 K에 든 추출의 비율. / Masked cells uniform in [1, 3]; frequency = share of draws in the top K.",
            "기점은 시군구 대표 지점 하나(기점 정류장 선정 없음); 도착 정류장은 권역 동을 덮는 MCLP, 기점에서 최근접 순. / The origin end is the city point; destination stops by MCLP, nearest-neighbour order.",
        ];
        if (dropped > 0)
            notes.Add($"기점 또는 도착 동을 찾지 못한 OD {Count(dropped)}건 제외. / {dropped} flows with an unknown origin or destination left out.");
        if (inputs.Layers.BusRoutes.Count == 0)
            notes.Add("노선 자료 없음: 직결 공급 S = 0. / No routes loaded: supply 0.");

        return new SitingResult(SitingPreset.Bus, sites, metrics, masked > 0, tally.Draws)
        {
            Places = [.. origins.Values.Select(o => new MapPlace("origin", o.NameKo, o.Lon, o.Lat)),
                .. usedStops.DistinctBy(s => s.Id).Take(MaxMapCandidates).Select(s => Map("stop", s))],
            ZoneDemand = dongs.Select((z, i) => (z.Code, inbound[i])).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Item2),
            Notes = notes,
        };
    }

    /// <summary>Seeds by inbound flow (largest first, ties by code); each absorbs the unassigned dongs within the radius.</summary>
    private static List<Cluster> Clusters(IReadOnlyList<SitingZone> dongs, double[] inbound, double radius)
    {
        var grid = new PointIndex([.. dongs.Select(z => z.At)], Math.Max(radius, 1));
        var assigned = new bool[dongs.Count];
        var clusters = new List<Cluster>();
        foreach (var seed in Enumerable.Range(0, dongs.Count).Where(i => inbound[i] > 0)
            .OrderByDescending(i => inbound[i]).ThenBy(i => dongs[i].Code, StringComparer.Ordinal))
        {
            if (assigned[seed])
                continue;
            int[] members = [.. grid.Within(dongs[seed].At, radius).Where(i => !assigned[i])];
            foreach (var i in members)
                assigned[i] = true;
            var weight = members.Sum(i => inbound[i]);
            var centre = weight > 0
                ? new SitePoint(members.Sum(i => inbound[i] * dongs[i].At.X) / weight, members.Sum(i => inbound[i] * dongs[i].At.Y) / weight)
                : dongs[seed].At;
            clusters.Add(new Cluster(seed, members, centre));
        }
        return clusters;
    }

    /// <summary>Seats per hour of routes from the corridor's city with a stop within <paramref name="reach"/> of a cluster dong.</summary>
    private static double Supply(Corridor c, Cluster cluster, IReadOnlyList<SitingZone> dongs, IReadOnlyList<BusRoute> routes, double reach) =>
        routes.Where(r => r.OriginCode is { } code && SameCity(code, c.Origin.Code)
                && r.Stops.Any(s => cluster.Dongs.Any(i => dongs[i].At.DistanceTo(s.At) <= reach)))
            .Sum(r => r.SeatsPerHour);

    /// <summary>Equal codes, or a city code (ending in 0) and one of its 구 (41280 and 41281).</summary>
    private static bool SameCity(string route, string origin) =>
        route == origin || route.Length == 5 && origin.Length == 5 && route[4] == '0' && route[..4] == origin[..4];

    /// <summary>Destination stops: MCLP over the cluster's dongs (weights = this corridor's flows), nearest-neighbour order from the origin.</summary>
    private static List<SitingPlace> Stops(Corridor c, Cluster cluster, CommuteFlow[] flows, double[] movers, IReadOnlyList<SitingZone> dongs,
        Dictionary<string, int> dongIndex, IReadOnlyList<SitingPlace> busStops, PointIndex? stopGrid, BusOptions options)
    {
        var weight = cluster.Dongs.Select(i => c.Flows.Where(f => dongIndex[flows[f].Destination] == i).Sum(f => movers[f])).ToArray();
        var demandAt = cluster.Dongs.Select(i => dongs[i].At).ToArray();
        var candidates = stopGrid is null ? []
            : cluster.Dongs.SelectMany(i => stopGrid.Within(dongs[i].At, options.StopRadius)).Distinct().Order().Select(s => busStops[s]).ToList();
        if (candidates.Count == 0)
            candidates = [.. cluster.Dongs.Select(i => new SitingPlace("", dongs[i].Name, dongs[i].Lon, dongs[i].Lat, dongs[i].At))];
        var covers = LocationModels.Coverage(demandAt, [.. candidates.Select(s => s.At)], options.StopRadius);
        var p = Math.Min(options.StopsPerEnd, candidates.Count);
        var chosen = LocationModels.Mclp(weight, covers, p).Sites.Where(j => covers[j].Any(i => weight[i] > 0)).Select(j => candidates[j]).ToList();
        var ordered = new List<SitingPlace>();
        var from = c.Origin.At;
        while (chosen.Count > 0)
        {
            var next = chosen.MinBy(s => s.At.DistanceTo(from))!;
            ordered.Add(next);
            chosen.Remove(next);
            from = next.At;
        }
        return ordered;
    }

    /// <summary>Min–max of each factor over the listed corridors' point figures.</summary>
    private static IReadOnlyList<SiteFactor> Normalise(IReadOnlyList<SiteFactor> factors, Figures[] point)
    {
        double Share(double v, Func<Figures, double> of)
        {
            var (min, max) = (point.Min(of), point.Max(of));
            return max > min ? (v - min) / (max - min) : 0;
        }
        return [.. factors.Select(f => f.Key switch
        {
            "demand" => f with { Normalised = Share(f.Raw, x => x.D) },
            "inefficiency" => f with { Normalised = Share(f.Raw, x => x.I) },
            "unmet" => f with { Normalised = Share(f.Raw, x => x.U) },
            _ => f,
        })];
    }
}
