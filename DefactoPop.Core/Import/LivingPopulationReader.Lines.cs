using System.Buffers;

namespace DefactoPop.Core.Import;

/// <summary>Lines and cells of a living-population file, straight from the bytes.</summary>
public sealed partial class LivingPopulationReader
{
    private static bool IsBlank(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith("\uFEFF"u8))
            s = s[3..];
        foreach (var b in s)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return false;
        }
        return true;
    }

    /// <summary>Next physical line (without CR/LF) as a range of <see cref="_buffer"/>; false at the end.</summary>
    private bool NextLine(out int start, out int length)
    {
        while (true)
        {
            var nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                start = _start;
                length = nl;
                _start += nl + 1;
                break;
            }
            if (_eof)
            {
                if (_start >= _end)
                {
                    start = length = 0;
                    return false;
                }
                start = _start;
                length = _end - _start;
                _start = _end;
                break;
            }
            if (_end - _start >= MaxLineBytes)
            {
                AddIssue(_line + 1, 0, null, $"line longer than {MaxLineBytes >> 20} MB: not a living-population file");
                IssuesTruncated = true;
                start = length = 0;
                return false;
            }
            Compact();
            Fill();
        }
        _line++;
        if (length > 0 && _buffer[start + length - 1] == '\r')
            length--;
        return true;
    }

    private void Compact()
    {
        var remaining = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
            _start = 0;
            _end = remaining;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }

    private void Fill()
    {
        if (_end == _buffer.Length)
            Compact();
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
            _eof = true;
        _end += n;
    }

    /// <summary>Splits a line into cell ranges (quotes removed). Returns the field count, or -1 after adding an issue.</summary>
    private int Split(ReadOnlySpan<byte> line, int lineOffset)
    {
        var count = 0;
        var pos = 0;
        while (true)
        {
            switch (CsvCell.Read(line, pos, bareQuotes: false, out var cellStart, out var cellEnd, out var next))
            {
                case CsvCell.Fault.Unterminated:
                    SplitIssue(count, "unterminated quoted cell (a quoted cell may not span lines)");
                    return -1;
                case CsvCell.Fault.TextAfterQuote or CsvCell.Fault.StrayQuote:
                    SplitIssue(count, "stray quote in the middle of a cell");
                    return -1;
            }
            if (count < MaxFields)
            {
                _fieldStart[count] = lineOffset + cellStart;
                _fieldEnd[count] = lineOffset + cellEnd;
            }
            count++;
            if (next >= line.Length)
                return count;
            pos = next + 1;
        }
    }

    private void SplitIssue(int fieldIndex, string reason)
    {
        var layout = Layout!;
        AddIssue(_line, fieldIndex + 1, fieldIndex < layout.ColumnCount ? layout.Columns[fieldIndex] : null, reason);
    }

    private ReadOnlySpan<byte> Cell(int i) => _buffer.AsSpan(_fieldStart[i], _fieldEnd[i] - _fieldStart[i]);
}
