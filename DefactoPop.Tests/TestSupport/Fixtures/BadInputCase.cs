namespace DefactoPop.Tests.TestSupport.Fixtures;

/// <summary>A malformed (or, when <see cref="RejectedByReader"/> is false, reader-valid but store-invalid) input file.</summary>
/// <param name="Name">Short identifier, e.g. "Hour24".</param>
/// <param name="FileName">Name to read it under (the file name gives the class hint of foreign files).</param>
/// <param name="ExpectedFragment">Text an issue must contain; for reader rejections it is in the form of
/// <c>ImportIssue.ToString()</c>: "file:line:column (column name): reason…" or "file:line: reason…".</param>
/// <param name="RejectedByReader">False for files the reader accepts but a store must refuse (unknown zones).</param>
public sealed record BadInputCase(string Name, string FileName, byte[] Bytes, string ExpectedFragment, bool RejectedByReader = true)
{
    /// <summary>Writes the bytes under <see cref="FileName"/> in <paramref name="directory"/> and returns the path.</summary>
    public string WriteTo(string directory)
    {
        var path = Path.Combine(directory, FileName);
        File.WriteAllBytes(path, Bytes);
        return path;
    }

    public override string ToString() => Name;
}
