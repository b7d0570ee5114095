namespace DefactoPop.Core.Operator;

/// <summary>One file of a drop: its name in the day folder, its data rows (header excluded) and the SHA-256 of its bytes as stored.</summary>
public sealed record ManifestFile(string Name, long Rows, string Sha256);

/// <summary>manifest.json of a drop, written last: a drop without it, or with <c>complete: false</c>, is not ready.</summary>
public sealed record DropManifest(
    int ContractVersion,
    DateOnly Date,
    string Operator,
    DateTimeOffset ProducedAt,
    bool Complete,
    IReadOnlyList<ManifestFile> Files);
