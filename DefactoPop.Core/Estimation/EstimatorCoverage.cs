using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Estimation;

/// <summary>The estimator's radio assumptions: a mobloc-style model and how far from an OA cells are searched.</summary>
public sealed record CoverageOptions
{
    public SignalParameters Signal { get; init; } = new();

    /// <summary>Cells are searched within this many median site spacings of an OA.</summary>
    public double SearchRadiusSpacings { get; init; } = 3;
}

/// <summary>
/// P*, the estimator's coverage matrix, computed from the operator's cell plan (position, azimuth, beamwidth, height,
/// power of each sector) at the city's 집계구 points. It cannot know the shadow fading of the real network.
/// </summary>
public static class EstimatorCoverage
{
    public static EstimatorView Build(CellIndex cells, CityFrame city, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(city);
        options ??= new CoverageOptions();
        if (cells.Count == 0)
            throw new ArgumentException("The cell plan has no cell valid on this day.", nameof(cells));
        var projection = LocalProjection.MetresAroundMean(city.OaLat, city.OaLon);
        var (ox, oy) = projection.Project(city.OaLat, city.OaLon);
        var entries = cells.Cells;
        var x = entries.Select(e => projection.X(e.Lon)).ToArray();
        var y = entries.Select(e => projection.Y(e.Lat)).ToArray();
        var model = new SignalModel(options.Signal, x, y,
            [.. entries.Select(e => e.AzimuthDeg)], [.. entries.Select(e => e.HeightM)],
            [.. entries.Select(e => e.BeamwidthDeg)], [.. entries.Select(e => e.PowerW)]);
        var radius = options.SearchRadiusSpacings * SiteSpacing.Median(SitesSpacing(entries, x, y));
        var cols = model.Columns(ox, oy, radius);
        model.EnsureEveryCellCovered(cols, ox, oy, radius);
        return new EstimatorView(SignalModel.Build(cols, cells.Count), cells.Count);
    }

    /// <summary>Spacing around each site (a site's sectors share its position).</summary>
    private static double[] SitesSpacing(IReadOnlyList<CellPlanEntry> entries, double[] x, double[] y)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
            first.TryAdd(entries[i].SiteId, i);
        var sites = first.Values.ToArray();
        return SiteSpacing.Local([.. sites.Select(i => x[i])], [.. sites.Select(i => y[i])]);
    }
}
