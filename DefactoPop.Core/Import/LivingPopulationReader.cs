using System.Buffers;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>
/// Streams the rows of one official living-population CSV file (any level, any class).
/// </summary>
/// <remarks>
/// A hand-tuned byte reader rather than Sep: data rows are pure ASCII in every layout, so they are
/// parsed straight from the bytes (no cp949 → UTF-16 decoding of 126 MB a day), and a quote in the
/// middle of a cell is reported where it is instead of silently opening a quoted cell that swallows
/// the following lines. Quoted cells may not span lines (no official file has one).
/// A cell "*" is masked; an empty value cell is read as masked too (early files left suppressed cells
/// empty, methodology §1.4 Step F). Masked is never 0.
/// Bad rows are never yielded: they become <see cref="Issues"/>; check <c>Issues.Count</c> after reading.
/// </remarks>
public sealed partial class LivingPopulationReader : IDisposable
{
    private const int BufferSize = 1 << 20;
    private const int MaxLineBytes = 16 << 20;
    private const int MaxFields = 64;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly LivingPopulationReaderOptions _options;
    private readonly List<ImportIssue> _issues = [];
    private readonly ZoneCodeCache _codes = new();
    private HashSet<long> _keys = [];
    private readonly int[] _fieldStart = new int[MaxFields];
    private readonly int[] _fieldEnd = new int[MaxFields];
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _line;
    private bool _started;
    private int _lastDateKey = -1;
    private DateOnly _lastDate;

    private LivingPopulationReader(Stream stream, bool ownsStream, string fileName, LivingPopulationReaderOptions? options)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _options = options ?? LivingPopulationReaderOptions.Default;
        FileName = fileName;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        ReadHeader();
    }

    /// <summary>The detected layout, or null when the file could not be recognised (see <see cref="Issues"/>).</summary>
    public FileLayout? Layout { get; private set; }

    /// <summary>"utf-8" or "cp949"; null when neither.</summary>
    public string? Encoding { get; private set; }

    public bool HasBom { get; private set; }

    /// <summary>Name used in issues (the file name, or the caller's display name for a stream).</summary>
    public string FileName { get; }

    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// <summary>True when reading stopped because <see cref="LivingPopulationReaderOptions.MaxIssues"/> was reached.</summary>
    public bool IssuesTruncated { get; private set; }

    /// <summary>Valid rows yielded so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Data lines refused so far.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>Masked ("*" or empty) cells in the yielded rows.</summary>
    public long MaskedCells { get; private set; }

    public static LivingPopulationReader Open(string path, LivingPopulationReaderOptions? options = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            return new LivingPopulationReader(stream, true, Path.GetFileName(path), options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads from a stream the caller owns; <paramref name="displayName"/> names the file in issues and gives the class hint.</summary>
    public static LivingPopulationReader Open(Stream stream, string displayName, LivingPopulationReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new LivingPopulationReader(stream, false, displayName, options);
    }

    /// <summary>Streams the valid rows. Can be enumerated once.</summary>
    public IEnumerable<PopulationRow> ReadRows()
    {
        if (_started)
            throw new InvalidOperationException("ReadRows can be enumerated only once.");
        _started = true;
        return Iterate();
    }

    private IEnumerable<PopulationRow> Iterate()
    {
        if (Layout is null || _issues.Count > 0)
            yield break;
        var dataLines = 0L;
        while (!IssuesTruncated && NextLine(out var lineStart, out var lineLength))
        {
            if (lineLength == 0)
                continue;
            dataLines++;
            var row = ParseRow(lineStart, lineLength);
            if (row is null)
            {
                RowsRejected++;
                continue;
            }
            RowsRead++;
            yield return row;
        }
        if (dataLines == 0 && !IssuesTruncated)
            AddIssue(1, 0, null, "header only: the file has no data rows");
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        if (_ownsStream)
            _stream.Dispose();
    }

    private PopulationRow? ParseRow(int lineStart, int lineLength)
    {
        var layout = Layout!;
        var n = Split(_buffer.AsSpan(lineStart, lineLength), lineStart);
        if (n < 0)
            return null;
        if (n != layout.ColumnCount)
        {
            AddIssue(_line, 0, null, $"row has {n} fields but the header has {layout.ColumnCount}"
                + (n > layout.ColumnCount ? " (extra fields are refused, never shifted)" : " (truncated row?)"));
            return null;
        }
        var issuesBefore = _issues.Count;

        // 기준일ID
        var dateCell = Cell(0);
        var key = CellParser.EightDigits(dateCell);
        DateOnly date = default;
        if (key == _lastDateKey && key >= 0)
            date = _lastDate;
        else if (key < 0 || !TryDate(key, out date))
            AddIssue(_line, 1, layout.Columns[0], $"bad date '{CellParser.Show(dateCell)}': 기준일ID must be a real date written YYYYMMDD");
        else
        {
            _lastDateKey = key;
            _lastDate = date;
        }

        // 시간대구분
        var hourCell = Cell(1);
        var hour = CellParser.Hour(hourCell);
        if (hour is < 0 or > 23)
            AddIssue(_line, 2, layout.Columns[1], $"hour '{CellParser.Show(hourCell)}' is outside 0-23");

        // Codes
        var zi = layout.ZoneColumnIndex;
        var zoneId = _codes.Lookup(Cell(zi), layout.Level);
        if (zoneId < 0)
            AddIssue(_line, zi + 1, layout.Columns[zi], BadCode(Cell(zi), layout.Level));
        string? parent = null;
        if (layout.ParentColumnIndex >= 0)
        {
            var pi = layout.ParentColumnIndex;
            var parentId = _codes.Lookup(Cell(pi), ZoneLevel.Dong);
            if (parentId < 0)
                AddIssue(_line, pi + 1, layout.Columns[pi], BadCode(Cell(pi), ZoneLevel.Dong));
            else
                parent = _codes[parentId];
        }

        // Values
        var ti = layout.TotalColumnIndex;
        var masked = 0;
        var total = Value(ti, ref masked);
        PopValue[]? strata = null;
        PopValue? chinese = null, other = null;
        if (layout.HasStrata)
        {
            strata = new PopValue[Strata.Count];
            for (var i = 0; i < Strata.Count; i++)
                strata[i] = Value(ti + 1 + i, ref masked);
        }
        else if (layout.IsForeign)
        {
            chinese = Value(ti + 1, ref masked);
            other = Value(ti + 2, ref masked);
        }

        if (_issues.Count > issuesBefore)
            return null;

        var slot = new HourSlot(date, hour);
        if (!_keys.Add(((long)slot.Ordinal << 32) | (uint)zoneId))
        {
            AddIssue(_line, zi + 1, layout.Columns[zi], $"duplicate key: {_codes[zoneId]} at {slot} appears more than once in the file");
            return null;
        }
        MaskedCells += masked;
        return new PopulationRow(slot, layout.Level, _codes[zoneId], layout.Class, total)
        {
            ParentCode = parent,
            Strata = strata,
            Chinese = chinese,
            OtherForeign = other,
            Line = _line,
        };
    }

    private PopValue Value(int index, ref int masked)
    {
        var cell = Cell(index);
        if (cell.Length == 0 || (cell.Length == 1 && cell[0] == '*'))
        {
            masked++;
            return PopValue.Masked;
        }
        var reason = CellParser.TryParseValue(cell, out var v);
        if (reason is null)
            return PopValue.Of(v);
        AddIssue(_line, index + 1, Layout!.Columns[index], reason);
        return default;
    }

    private static string BadCode(ReadOnlySpan<byte> cell, ZoneLevel level)
    {
        var digits = level switch { ZoneLevel.Gu => 5, ZoneLevel.Dong => 8, _ => 13 };
        return $"zone code '{CellParser.Show(cell)}' does not have the shape of a {level.NameKo()} code ({digits} digits starting with 11)";
    }

    private static bool TryDate(int key, out DateOnly date)
    {
        var y = key / 10000;
        var m = key / 100 % 100;
        var d = key % 100;
        date = default;
        if (y is < 1900 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private void AddIssue(long line, int column, string? columnName, string reason)
    {
        if (_issues.Count >= _options.MaxIssues)
        {
            IssuesTruncated = true;
            return;
        }
        _issues.Add(new ImportIssue(FileName, line, column, columnName, reason));
        if (_issues.Count >= _options.MaxIssues)
            IssuesTruncated = true;
    }
}
