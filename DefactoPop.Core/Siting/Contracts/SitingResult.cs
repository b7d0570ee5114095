namespace DefactoPop.Core.Siting;

public enum SitingPreset
{
    /// <summary>노인복지시설.</summary>
    Senior,

    /// <summary>그늘막.</summary>
    Canopy,

    /// <summary>광역버스.</summary>
    Bus,

    /// <summary>민간 타깃 (fast food, cosmetics).</summary>
    Retail,
}

/// <summary>One factor behind a site's score, raw and normalised (0–1), for the ranked list and the rationale.</summary>
public sealed record SiteFactor(string Key, double Raw, double Normalised);

/// <summary>
/// A ranked site of a result: score and rank on the point estimate, the share of demand draws that choose it, its 5–95 %
/// rank range over the draws, and a short Korean rationale. <see cref="Path"/> is a proposed route (bus preset) in WGS84.
/// </summary>
public sealed record SitingSite(string Id, string Name, double Lon, double Lat, double Score, int Rank,
    double SelectionFrequency, int RankLow, int RankHigh, string Rationale)
{
    public string? ZoneCode { get; init; }
    public IReadOnlyList<SiteFactor> Factors { get; init; } = [];
    public IReadOnlyList<(double Lon, double Lat)> Path { get; init; } = [];

    /// <summary>Whether the site is in the chosen set on the point estimate (top k, MCLP, the spaced greedy pick).</summary>
    public bool Chosen { get; init; }
}

/// <summary>A before/after or summary figure of a run (e.g. coverage 71 % → 78 %).</summary>
public sealed record SitingMetric(string Key, string LabelKo, string LabelEn, double Value, double? After = null, string Unit = "");

/// <summary>A point to draw on the result map: an existing facility, a candidate, a competitor.</summary>
public sealed record MapPlace(string Layer, string Name, double Lon, double Lat);

/// <summary>
/// A workbench run: ranked sites (chosen first), summary metrics, layers for the map, and whether selection
/// frequencies mean anything (false when the demand carries no intervals: imported official files).
/// </summary>
public sealed record SitingResult(SitingPreset Preset, IReadOnlyList<SitingSite> Sites, IReadOnlyList<SitingMetric> Metrics,
    bool HasIntervals, int Draws)
{
    public IReadOnlyList<MapPlace> Places { get; init; } = [];

    /// <summary>Demand per zone (point estimate) for the map's demand layer, keyed by zone code.</summary>
    public IReadOnlyDictionary<string, double> ZoneDemand { get; init; } = new Dictionary<string, double>();

    /// <summary>Notes for the reader (what was assumed, what was missing).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
