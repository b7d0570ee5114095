using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>
/// A registered-population file: its period ("2018.2/4"), the records that joined, the rows that did not add up or
/// repeat (<see cref="Issues"/>), and the zones whose names do not join the code mapping (<see cref="Unjoined"/>).
/// </summary>
public sealed record RegisteredPopulation(string Period, IReadOnlyList<RegisteredRecord> Records, IReadOnlyList<ImportIssue> Issues)
{
    public IReadOnlyList<UnjoinedZone> Unjoined { get; init; } = [];
}
