using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Estimation;

/// <summary>What the estimator may use about the network: P* (coverage with model mismatch) and its best servers.</summary>
public sealed class EstimatorView
{
    public EstimatorView(CoverageMatrix coverage, int cellCount)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        Coverage = coverage;
        CellCount = cellCount;
        BestServer = coverage.BestServer();
    }

    /// <summary>P*, the estimator's coverage matrix.</summary>
    public CoverageMatrix Coverage { get; }

    public int CellCount { get; }

    /// <summary>Best server cell of each OA under P* (Voronoi baseline).</summary>
    public int[] BestServer { get; }

    public int OaCount => Coverage.OaCount;
}
