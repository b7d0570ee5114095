using System.IO.Compression;
using System.Text;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>
/// A contract CSV file held in memory: UTF-8 (optional BOM), header row, LF or CRLF, optionally gzip (by magic bytes).
/// Cells may be double-quoted ("" escapes a quote); a quoted cell may not span lines.
/// Fields of the current line are byte ranges of <see cref="Bytes"/>.
/// </summary>
internal sealed partial class ContractCsv
{
    private const int MaxFields = 512;
    private readonly int[] _start = new int[MaxFields];
    private readonly int[] _end = new int[MaxFields];
    private readonly byte[] _bytes;
    private int _pos;

    private ContractCsv(string fileName, byte[] bytes)
    {
        FileName = fileName;
        _bytes = bytes;
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
            _pos = 3;
    }

    public string FileName { get; }

    /// <summary>Encoding of text cells (UTF-8 unless the caller knows better, e.g. cp949).</summary>
    public Encoding TextEncoding { get; set; } = Encoding.UTF8;

    /// <summary>1-based number of the current line.</summary>
    public long Line { get; private set; }

    /// <summary>Fields on the current line.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Header names by position (set by <see cref="ReadHeader"/>).</summary>
    public string[] Header { get; private set; } = [];

    public static bool IsGzip(ReadOnlySpan<byte> raw) => raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;

    /// <summary>Decompresses when the bytes start with the gzip magic. Returns null (and adds an issue) on a broken gzip stream.</summary>
    public static ContractCsv? Open(string fileName, byte[] raw, List<ImportIssue> issues)
    {
        if (!IsGzip(raw))
            return new ContractCsv(fileName, raw);
        try
        {
            using var input = new MemoryStream(raw, writable: false);
            using var gz = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream(raw.Length * 6);
            gz.CopyTo(output);
            return new ContractCsv(fileName, output.ToArray());
        }
        catch (InvalidDataException ex)
        {
            issues.Add(new ImportIssue(fileName, 1, 0, null, $"bad gzip stream: {ex.Message}"));
            return null;
        }
    }

    /// <summary>Opens the file, reads its header and maps <paramref name="columns"/>; null (with issues) when any step fails.</summary>
    public static ContractCsv? OpenMapped(string fileName, byte[] raw, IReadOnlyList<string> columns, List<ImportIssue> issues, out int[] map)
    {
        map = [];
        var csv = Open(fileName, raw, issues);
        if (csv is null || !csv.ReadHeader(issues))
            return null;
        var m = csv.MapColumns(columns, issues);
        if (m is null)
            return null;
        map = m;
        return csv;
    }

    public ReadOnlySpan<byte> Field(int i) => _bytes.AsSpan(_start[i], _end[i] - _start[i]);

    public string FieldText(int i)
    {
        var text = TextEncoding.GetString(Field(i));
        return text.Contains('"', StringComparison.Ordinal) ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    /// <summary>Reads the header line; adds an issue and returns false when the file is empty or the line is malformed.</summary>
    public bool ReadHeader(List<ImportIssue> issues)
    {
        if (!NextLine(issues, out var blank) || blank)
        {
            issues.Add(new ImportIssue(FileName, 1, 0, null, "empty file: a header row is required"));
            return false;
        }
        Header = new string[FieldCount];
        for (var i = 0; i < FieldCount; i++)
            Header[i] = FieldText(i).Trim();
        return true;
    }

    /// <summary>
    /// Maps the required columns (any order) to positions; every header name must be one of <paramref name="columns"/>.
    /// Returns null after adding issues for missing, unknown or repeated columns.
    /// </summary>
    public int[]? MapColumns(IReadOnlyList<string> columns, List<ImportIssue> issues)
    {
        var map = new int[columns.Count];
        Array.Fill(map, -1);
        var ok = true;
        for (var i = 0; i < Header.Length; i++)
        {
            var k = IndexOf(columns, Header[i]);
            if (k < 0)
            {
                issues.Add(new ImportIssue(FileName, 1, i + 1, Header[i], $"unknown column '{Header[i]}'"));
                ok = false;
            }
            else if (map[k] >= 0)
            {
                issues.Add(new ImportIssue(FileName, 1, i + 1, Header[i], $"column '{Header[i]}' appears twice"));
                ok = false;
            }
            else
                map[k] = i;
        }
        for (var k = 0; k < columns.Count; k++)
        {
            if (map[k] < 0)
            {
                issues.Add(new ImportIssue(FileName, 1, 0, columns[k], $"missing column '{columns[k]}'"));
                ok = false;
            }
        }
        return ok ? map : null;
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            if (string.Equals(columns[k], name, StringComparison.Ordinal))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// Advances to the next data line with content. Returns false at the end. A line with the wrong field count
    /// or a broken quote adds an issue and is returned with <see cref="FieldCount"/> 0 (callers skip it).
    /// </summary>
    public bool NextRow(List<ImportIssue> issues)
    {
        while (NextLine(issues, out var blank))
        {
            if (blank)
                continue;
            if (FieldCount > 0 && FieldCount != Header.Length)
            {
                issues.Add(new ImportIssue(FileName, Line, 0, null, $"row has {FieldCount} fields but the header has {Header.Length}"));
                FieldCount = 0;
            }
            return true;
        }
        return false;
    }

    private bool NextLine(List<ImportIssue> issues, out bool blank)
    {
        blank = false;
        if (_pos >= _bytes.Length)
            return false;
        var rest = _bytes.AsSpan(_pos);
        var nl = rest.IndexOf((byte)'\n');
        var length = nl < 0 ? rest.Length : nl;
        var lineStart = _pos;
        _pos += nl < 0 ? rest.Length : nl + 1;
        Line++;
        if (length > 0 && _bytes[lineStart + length - 1] == '\r')
            length--;
        var line = _bytes.AsSpan(lineStart, length);
        if (line.Trim((byte)' ').IsEmpty)
        {
            blank = true;
            FieldCount = 0;
            return true;
        }
        FieldCount = Split(line, lineStart, issues);
        return true;
    }

    private int Split(ReadOnlySpan<byte> line, int offset, List<ImportIssue> issues)
    {
        var count = 0;
        var pos = 0;
        while (true)
        {
            if (count >= MaxFields)
            {
                issues.Add(new ImportIssue(FileName, Line, 0, null, $"more than {MaxFields} fields"));
                return 0;
            }
            switch (CsvCell.Read(line, pos, bareQuotes: true, out var cellStart, out var cellEnd, out var next))
            {
                case CsvCell.Fault.Unterminated:
                    issues.Add(new ImportIssue(FileName, Line, count + 1, ColumnName(count), "unterminated quoted cell (a quoted cell may not span lines)"));
                    return 0;
                case CsvCell.Fault.TextAfterQuote:
                    issues.Add(new ImportIssue(FileName, Line, count + 1, ColumnName(count), "text after a closing quote"));
                    return 0;
            }
            _start[count] = offset + cellStart;
            _end[count] = offset + cellEnd;
            count++;
            if (next >= line.Length)
                return count;
            pos = next + 1;
        }
    }

    public string? ColumnName(int position) => position < Header.Length ? Header[position] : null;
}
