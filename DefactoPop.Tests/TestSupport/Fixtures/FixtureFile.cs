using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.TestSupport.Fixtures;

/// <summary>A generated official-layout file and the rows it must read back as.</summary>
public sealed record FixtureFile(
    string FileName,
    ZoneLevel Level,
    PopulationClass Class,
    bool HasStrata,
    FixtureVariant Variant,
    byte[] Bytes,
    IReadOnlyList<PopulationRow> Expected)
{
    public int ColumnCount => ExpectedHeader.Count;

    public required IReadOnlyList<string> ExpectedHeader { get; init; }

    public override string ToString() => $"{FileName} [{Variant}]";
}
