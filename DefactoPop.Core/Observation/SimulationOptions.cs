using DefactoPop.Core.Estimation;


namespace DefactoPop.Core.Observation;

/// <summary>Observation + estimation settings for a simulated run (truth → KT counts → estimates).</summary>
public sealed record SimulationOptions
{
    /// <summary>Seed of the observation noise (counts are deterministic from seed + slot).</summary>
    public int Seed { get; init; } = 1;

    public ObservationOptions Observation { get; init; } = new();
    public EstimationOptions Estimation { get; init; } = new();

    /// <summary>Weekday calibration nights taken from the start of the period.</summary>
    public int CalibrationNights { get; init; } = 7;

    /// <summary>When false, calls of the truth function are serialised (the estimation still runs in parallel).</summary>
    public bool TruthIsThreadSafe { get; init; }
}
