using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;

namespace DefactoPop.Core.Validation;

/// <summary>
/// What <see cref="Validator.Run"/> evaluates. To stay fast it samples: at most <see cref="MaxDays"/> days spread evenly over the period
/// (all 24 hours of each), the allocation comparison at <see cref="SpatialHours"/> of those days, and the misspecified-share
/// experiment at every <see cref="MisspecifiedHourStep"/>-th hour of the first sampled day.
/// </summary>
public sealed record ValidationOptions
{
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>Cell plan used when the validator builds the network itself (the overload without a plan).</summary>
    public NetworkOptions Network { get; init; } = new();

    public int MaxDays { get; init; } = 3;

    public IReadOnlyList<int> SpatialHours { get; init; } = [4, 14];

    /// <summary>True KT share minus the share the estimator assumes.</summary>
    public double MisspecifiedShareDelta { get; init; } = 0.02;

    public int MisspecifiedHourStep { get; init; } = 2;

    /// <summary>Median APE only over OA-hours whose truth is at least this.</summary>
    public double ApeMinTruth { get; init; } = 300;

    /// <summary>Interval coverage only over OA-hours whose truth is at least this.</summary>
    public double CoverageMinTruth { get; init; } = 1;

    /// <summary>Finest block side of the displacement grid, metres.</summary>
    public double DisplacementBaseM { get; init; } = 200;
}
