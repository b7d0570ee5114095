namespace DefactoPop.Core.Import;

/// <summary>One cell of a CSV line: double-quoted ("" escapes a quote) or bare, ended by a comma or the line end.</summary>
internal static class CsvCell
{
    public enum Fault
    {
        None,

        /// <summary>A quoted cell has no closing quote on this line.</summary>
        Unterminated,

        /// <summary>Something other than a comma follows a closing quote.</summary>
        TextAfterQuote,

        /// <summary>A bare cell holds a quote (only when bare quotes are not allowed).</summary>
        StrayQuote,
    }

    /// <summary>
    /// Finds the cell that starts at <paramref name="pos"/>: its range without the quotes, and <paramref name="next"/>,
    /// the position of the comma after it (or the line length). The ranges are unset when a fault is returned.
    /// </summary>
    public static Fault Read(ReadOnlySpan<byte> line, int pos, bool bareQuotes, out int start, out int end, out int next)
    {
        start = end = next = 0;
        if (pos < line.Length && line[pos] == '"')
        {
            var close = pos + 1;
            while (true)
            {
                var q = line[close..].IndexOf((byte)'"');
                if (q < 0)
                    return Fault.Unterminated;
                close += q;
                if (close + 1 < line.Length && line[close + 1] == '"')
                {
                    close += 2;
                    continue;
                }
                break;
            }
            start = pos + 1;
            end = close;
            next = close + 1;
            return next < line.Length && line[next] != ',' ? Fault.TextAfterQuote : Fault.None;
        }
        var stop = bareQuotes ? line[pos..].IndexOf((byte)',') : line[pos..].IndexOfAny((byte)',', (byte)'"');
        if (stop >= 0 && line[pos + stop] == '"')
            return Fault.StrayQuote;
        start = pos;
        end = stop < 0 ? line.Length : pos + stop;
        next = end;
        return Fault.None;
    }
}
