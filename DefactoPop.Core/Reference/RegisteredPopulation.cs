using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>A registered-population file: its period ("2018.2/4"), the records that joined, and the rows that did not join or did not add up.</summary>
public sealed record RegisteredPopulation(string Period, IReadOnlyList<RegisteredRecord> Records, IReadOnlyList<ImportIssue> Issues);
