using DefactoPop.Core.Synthetic;

namespace DefactoPop.Web.Data.Simulation;

/// <summary>A synthetic scenario: the days to simulate and the seed. <see cref="FirstDays"/> are processed before the rest.</summary>
public sealed record SimulationRequest(DateOnly From, DateOnly To, int Seed = SimulationRequest.DefaultSeed)
{
    public const int DefaultSeed = 2017;

    /// <summary>The embedded default: Seoul 2017-Q4.</summary>
    public static SimulationRequest Default { get; } = new(new DateOnly(2017, 10, 1), new DateOnly(2017, 12, 31))
    {
        FirstDays = [new DateOnly(2017, 12, 20), new DateOnly(2017, 10, 2)],
    };

    public IReadOnlyList<DateOnly> FirstDays { get; init; } = [];

    /// <summary>Folder of the operator's drops; null puts them in <c>scenario-SEED</c> beside the database.</summary>
    public string? ScenarioDir { get; init; }

    /// <summary>Day folders kept after estimation (the rolling calibration keeps what it read in memory).</summary>
    public int KeepDrops { get; init; } = 7;

    /// <summary>The city to simulate; null (always, outside tests) builds synthetic Seoul from <see cref="Seed"/>.</summary>
    public SyntheticCity? City { get; init; }

    /// <summary>Days in processing order: <see cref="FirstDays"/> (inside the range), then the rest in date order.</summary>
    public IReadOnlyList<DateOnly> Days()
    {
        var all = new List<DateOnly>();
        for (var d = From; d <= To; d = d.AddDays(1))
            all.Add(d);
        var first = FirstDays.Where(all.Contains).Distinct().ToList();
        return [.. first, .. all.Except(first)];
    }
}

/// <summary>Progress of a simulation: days done of days planned, and what is happening.</summary>
public sealed record SimulationProgress(int DaysDone, int DaysTotal, string Stage)
{
    public double Fraction => DaysTotal == 0 ? 1 : (double)DaysDone / DaysTotal;
}
