using static DefactoPop.Core.Siting.SitingText;

namespace DefactoPop.Core.Siting;

/// <summary>
/// 그늘막 (use-cases.md §3.4): crosswalks scored on heat (IDW of the temperature layer), vulnerable exposure, crossing
/// burden (road width) and all-age volume by the composite index; gated by heat, width and existing canopies; the N
/// best chosen greedily under a minimum spacing, on every demand draw.
/// Exposure and volume are Σ zone presence × (1 − d/buffer) over the zone centroids within the buffer (a linear
/// kernel standing in for the area overlap the guide describes, which needs zone polygons).
/// </summary>
public static class CanopyWorkbench
{
    private const double LaneWidth = 3.25;

    public static SitingResult Run(CanopyInputs inputs, CanopyOptions options, SitingRun run)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        var layers = inputs.Layers;
        var crossings = layers.Crosswalks;
        if (crossings.Count == 0)
            throw new InvalidOperationException("횡단보도 레이어가 비어 있습니다: 그늘막 후보는 횡단보도이므로 먼저 횡단보도를 불러오세요. / The crosswalk layer is empty: canopy candidates are crosswalks, so load the crosswalks first.");
        var zones = inputs.Vulnerable.Zones;
        if (inputs.Everyone.Zones.Count != zones.Count || inputs.Vulnerable.Value.Length != zones.Count || inputs.Everyone.Value.Length != zones.Count)
            throw new ArgumentException("Vulnerable and all-age demand must share the same zones.", nameof(inputs));
        if (options.Buffer <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.Buffer, "The buffer must be positive.");
        var n = crossings.Count;
        var at = crossings.Select(c => c.At).ToArray();

        // Fixed per crossing: heat, width, eligibility, the zones in its buffer.
        var heat = Interpolation.Idw(layers.Temperature, at);
        var hasHeat = heat.All(double.IsFinite);
        if (!hasHeat)
            heat = new double[n];
        var width = crossings.Select(c => c.Value ?? (c.Capacity is { } lanes ? lanes * LaneWidth : (double?)null)).ToArray();
        var burden = width.Select(x => x ?? 0).ToArray();
        var heatRanks = CompositeIndex.Ranks(heat);
        var gateCount = (int)Math.Ceiling(options.GateTopShare * n);
        var gated = Enumerable.Range(0, n).Select(j => !hasHeat
            || (layers.TemperatureIsSurface ? heat[j] >= options.GateCelsius : heatRanks[j] <= gateCount)).ToArray();
        var canopyGrid = layers.Canopies.Count > 0 ? new PointIndex([.. layers.Canopies.Select(c => c.At)], Math.Max(options.ExclusionRadius, 1)) : null;
        var shaded = at.Select(p => canopyGrid?.Any(p, options.ExclusionRadius) ?? false).ToArray();
        var wide = width.Select(x => x is not { } v || v >= options.MinRoadWidth).ToArray();
        var eligible = Enumerable.Range(0, n).Select(j => gated[j] && wide[j] && !shaded[j]).ToArray();
        var zoneGrid = new PointIndex([.. zones.Select(z => z.At)], options.Buffer);
        var kernel = at.Select(p => zoneGrid.Within(p, options.Buffer)
            .Select(z => (Zone: z, Weight: 1 - zones[z].At.DistanceTo(p) / options.Buffer)).ToArray()).ToArray();
        double[] Exposure(double[] presence) => [.. kernel.Select(ks => ks.Sum(k => k.Weight * presence[k.Zone]))];

        double[] weights = [options.HeatWeight, options.VulnerableWeight, options.CrossingWeight, options.VolumeWeight];
        // The same seed draws both surfaces: their errors move together (vulnerable people are part of everyone).
        var vulnerableDraws = inputs.Vulnerable.Draws(run.Draws, run.Seed);
        var everyoneDraws = inputs.Everyone.Draws(run.Draws, run.Seed);
        double[][] pointFactors = [];
        var tally = DrawTally.Run(vulnerableDraws.Length, run, d =>
        {
            double[][] factors = [heat, Exposure(vulnerableDraws[d]), burden, Exposure(everyoneDraws[d])];
            if (d == 0)
                pointFactors = factors;
            var score = CompositeIndex.Score(factors, weights, Normalisation.MinMax, options.Aggregation);
            var picked = SpacedSelection.Select(at, score, options.N, options.Spacing, eligible);
            // Ineligible crossings rank below every eligible one (scores lie in [0, 1]).
            return new DrawOutcome([.. score.Select((s, j) => eligible[j] ? s : s - 2)], picked, picked);
        });

        var normalised = pointFactors.Select(f => CompositeIndex.Normalise(f, Normalisation.MinMax)).ToArray();
        var factorRanks = pointFactors.Select(f => CompositeIndex.Ranks(f)).ToArray();
        var window = Windows(options.Vulnerable.Windows);
        var tempLabel = layers.TemperatureIsSurface ? "지표온도" : "기온";
        string[] keys = ["heat", "vulnerable", "crossing", "volume"];
        var picked0 = tally.Point.Picked.ToHashSet();
        var sites = tally.Listing(MaxListed, j => eligible[j]).Select(j =>
        {
            var c = crossings[j];
            var heatText = hasHeat ? $"{tempLabel} {Fixed(heat[j], 1)} °C({TopShare(factorRanks[0][j], n)}), " : "";
            var widthText = width[j] is { } wv ? $"도로폭 {Count(wv)} m" : "도로폭 미상";
            var shadeText = shaded[j] ? "그늘막 있음" : "그늘막 없음";
            var rationale = $"{heatText}{window} 노인·어린이 생활인구 {Count(pointFactors[1][j])}명({TopShare(factorRanks[1][j], n)}), {widthText}, 반경 {Distance(options.ExclusionRadius)} 내 {shadeText}";
            var score = eligible[j] ? tally.Point.Scores[j] : tally.Point.Scores[j] + 2;
            return new SitingSite(c.Id, c.Name, c.Lon, c.Lat, score, tally.Ranks[j], tally.Frequency[j], tally.RankLow[j], tally.RankHigh[j], rationale)
            {
                Factors = [.. keys.Select((key, k) => new SiteFactor(key, pointFactors[k][j], normalised[k][j]))],
                Chosen = picked0.Contains(j),
            };
        }).ToList();

        var chosenAt = tally.Point.Picked.Select(j => at[j]).ToArray();
        var vulnerableTotal = pointFactors[1].Sum();
        List<SitingMetric> metrics =
        [
            new("candidates", "후보 횡단보도", "Candidate crosswalks", n, Unit: "개소"),
            new("eligible", "적격 후보", "Eligible candidates", eligible.Count(x => x), Unit: "개소"),
            new("selected", "선정", "Selected", chosenAt.Length, Unit: "개소"),
            new("existing", "기존 그늘막", "Existing canopies", layers.Canopies.Count, layers.Canopies.Count + chosenAt.Length, "개소"),
            new("exposure_share", "선정지 노출 비중", "Share of vulnerable exposure at the chosen crossings", 0,
                vulnerableTotal > 0 ? tally.Point.Picked.Sum(j => pointFactors[1][j]) / vulnerableTotal * 100 : 0, "%"),
        ];
        if (hasHeat && chosenAt.Length > 0)
            metrics.Add(new("heat_mean", $"평균 {tempLabel}", "Mean temperature", heat.Average(), tally.Point.Picked.Average(j => heat[j]), "°C"));
        List<string> notes =
        [
            $"노출·보행량 = 반경 {Distance(options.Buffer)} 안 집계구 중심의 생활인구 × (1 − 거리/반경) 합 (선형 커널). / Exposure and volume: linear kernel over zone centroids within the buffer.",
            layers.TemperatureIsSurface
                ? $"열 기준: 지표온도 ≥ {Fixed(options.GateCelsius, 0)} °C. / Heat gate: surface temperature ≥ {Fixed(options.GateCelsius, 0)} °C."
                : $"열 기준: 가장 더운 상위 {Fixed(options.GateTopShare * 100, 0)} % 횡단보도 (기온 관측, IDW k = 4). / Heat gate: the hottest {Fixed(options.GateTopShare * 100, 0)} % (air temperature, IDW).",
            "취약·전체 생활인구는 같은 시드로 추출(오차가 같은 방향). / Both surfaces drawn with one seed (errors move together).",
        ];
        if (!hasHeat)
            notes.Add("온도 레이어가 없어 열 요인 = 0, 열 기준 미적용. / No temperature layer: heat factor 0, gate off.");
        if (width.Any(x => x is null))
            notes.Add($"도로폭 미상 {Count(width.Count(x => x is null))}곳: 폭 기준 통과, 횡단 부담 0. / Unknown width: eligible, burden 0.");
        if (!inputs.Vulnerable.HasIntervals)
            notes.Add("구간 없는 자료(공식 파일): 선택 빈도는 0 또는 1. / No intervals: frequencies are 0 or 1.");

        return new SitingResult(SitingPreset.Canopy, sites, metrics, inputs.Vulnerable.HasIntervals, tally.Draws)
        {
            Places = [.. layers.Canopies.Select(c => Map("existing", c)),
                .. tally.Listing(MaxMapCandidates, j => eligible[j]).Select(j => Map("candidate", crossings[j]))],
            ZoneDemand = zones.Select((z, i) => (z.Code, inputs.Vulnerable.Value[i])).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Item2),
            Notes = notes,
        };
    }
}
