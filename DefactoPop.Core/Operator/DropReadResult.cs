using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>
/// The outcome of reading one day folder: the drop, or the issues that refuse it (file:line:column, reason).
/// A day with any issue has no <see cref="Drop"/>: nothing of it may be used.
/// </summary>
public sealed record DropReadResult(OperatorDrop? Drop, DropManifest? Manifest, IReadOnlyList<ImportIssue> Issues)
{
    public bool IsValid => Drop is not null;

    /// <summary>The drop, or an <see cref="ImportFormatException"/> carrying every issue.</summary>
    public OperatorDrop GetDropOrThrow() => Drop ?? throw new ImportFormatException(Issues);
}
