namespace DefactoPop.Web.Exports;

/// <summary>A table as it is exported: a file name stem, headers and rows of plain values.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);
