namespace DefactoPop.Core.Estimation;

/// <summary>Options of the outage imputation (<see cref="OutageImputation"/>).</summary>
public sealed record ImputationOptions
{
    /// <summary>Impute outage hours (off: the allocation over the remaining cells stands, still flagged).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Share of an OA's P* on down cells above which the OA counts as affected (0: any). The imputation is weighted by
    /// that share, so a small share changes little.
    /// </summary>
    public double AffectedShare { get; init; }
}
