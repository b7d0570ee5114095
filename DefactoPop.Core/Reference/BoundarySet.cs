using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>
/// The zones read from one boundary file, ordered by code, and the features that did not join
/// (Line is the 1-based feature or record number).
/// </summary>
public sealed record BoundarySet(IReadOnlyList<ZoneBoundary> Zones, IReadOnlyList<ImportIssue> Unjoined);
