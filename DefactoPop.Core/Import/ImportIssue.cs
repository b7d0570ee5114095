namespace DefactoPop.Core.Import;

/// <summary>One reason a file or a row was refused. Column is 1-based; 0 means the whole line.</summary>
public sealed record ImportIssue(string File, long Line, int Column, string? ColumnName, string Reason)
{
    public override string ToString() =>
        Column > 0
            ? $"{File}:{Line}:{Column}{(ColumnName is null ? "" : $" ({ColumnName})")}: {Reason}"
            : $"{File}:{Line}: {Reason}";
}

/// <summary>A file that cannot be loaded. Carries every issue found (up to a cap).</summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException(IReadOnlyList<ImportIssue> issues)
        : base(issues.Count == 0 ? "Invalid input." : string.Join(Environment.NewLine, issues.Take(20)))
    {
        Issues = issues;
    }

    public ImportFormatException(ImportIssue issue) : this([issue])
    {
    }

    public IReadOnlyList<ImportIssue> Issues { get; }
}
