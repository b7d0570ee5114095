namespace DefactoPop.Core.Estimation;

/// <summary>Options of every estimation stage.</summary>
public sealed record EstimationOptions
{
    public AllocationOptions Allocation { get; init; } = new();
    public PriorOptions Prior { get; init; } = new();
    public ExpansionOptions Expansion { get; init; } = new();
    public NonPhoneOptions NonPhone { get; init; } = new();
    public ForeignOptions Foreign { get; init; } = new();
    public ImputationOptions Imputation { get; init; } = new();

    /// <summary>The radio model behind P*.</summary>
    public CoverageOptions Coverage { get; init; } = new();

    /// <summary>Hours estimated in parallel (≤ 0 = processor count).</summary>
    public int MaxParallelism { get; init; }

    public EstimationOptions WithAllocation(AllocationMethod method) => this with { Allocation = Allocation with { Method = method } };

    public EstimationOptions WithExpansion(ExpansionMethod method) => this with { Expansion = Expansion with { Method = method } };
}
