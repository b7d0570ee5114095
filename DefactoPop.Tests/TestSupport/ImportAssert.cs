using DefactoPop.Core.Import;

namespace DefactoPop.Tests.TestSupport;

/// <summary>Asserts on the issues of a refused import.</summary>
public static class ImportAssert
{
    /// <summary>The read throws with exactly one issue, at <paramref name="file"/>:<paramref name="line"/>:<paramref name="column"/>, whose reason holds <paramref name="fragment"/>.</summary>
    public static void Refused(Action read, string file, long line, int column, string fragment)
    {
        var issue = Assert.Single(Assert.Throws<ImportFormatException>(read).Issues);
        Assert.True(issue.File == file && issue.Line == line && issue.Column == column, $"expected {file}:{line}:{column}, got {issue}");
        Assert.Contains(fragment, issue.Reason, StringComparison.Ordinal);
    }

    /// <summary>Parsing <paramref name="header"/> and <paramref name="rows"/> as one UTF-8 file is refused as <see cref="Refused"/> says.</summary>
    public static void RowsRefused(Action<byte[], string> parse, string file, string header, string rows, long line, int column, string fragment) =>
        Refused(() => parse(System.Text.Encoding.UTF8.GetBytes(header + "\n" + rows + "\n"), file), file, line, column, fragment);
}
