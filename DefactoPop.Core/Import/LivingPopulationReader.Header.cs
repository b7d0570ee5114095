using System.Text;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>The header of a living-population file: encoding, layout and class.</summary>
public sealed partial class LivingPopulationReader
{
    private void ReadHeader()
    {
        while (!_eof && _end < EncodingSniffer.SniffBytes)
            Fill();
        var head = _buffer.AsSpan(0, Math.Min(_end, EncodingSniffer.SniffBytes));
        if (IsBlank(_buffer.AsSpan(0, _end)) && _eof)
        {
            AddIssue(1, 0, null, "empty file");
            return;
        }
        var sniff = EncodingSniffer.Sniff(head, _eof && _end <= EncodingSniffer.SniffBytes);
        if (sniff.Error is not null)
        {
            AddIssue(1, 0, null, sniff.Error);
            return;
        }
        Encoding = sniff.IsUtf8 ? "utf-8" : "cp949";
        HasBom = sniff.HasBom;
        if (sniff.HasBom)
            _start = 3;

        if (!NextLine(out var hs, out var hl))
        {
            AddIssue(1, 0, null, "empty file");
            return;
        }
        var text = (sniff.IsUtf8 ? System.Text.Encoding.UTF8 : EncodingSniffer.Cp949).GetString(_buffer, hs, hl);
        var names = SplitHeader(text);
        var layout = FileLayout.Detect(names);
        if (layout is null)
        {
            AddIssue(1, 0, null, HeaderMismatch(names, text));
            return;
        }
        Layout = ResolveClass(layout);
        _keys = new HashSet<long>(EstimateRows());
        if (Layout is not null && _eof && IsBlank(_buffer.AsSpan(_start, _end - _start)))
            AddIssue(1, 0, null, "header only: the file has no data rows");
    }

    private FileLayout? ResolveClass(FileLayout layout)
    {
        var requested = _options.Class;
        var hint = OfficialFileNames.ClassHint(FileName);
        if (!layout.IsForeign)
        {
            if (requested is { } r && r != PopulationClass.Domestic)
            {
                AddIssue(1, 0, null, $"the header is a {layout.Describe()} header but class '{r.Key()}' was requested");
                return null;
            }
            return layout;
        }
        if (requested == PopulationClass.Domestic)
        {
            AddIssue(1, 0, null, $"the header is a foreigner header ({layout.ColumnCount} columns) but class 'domestic' was requested");
            return null;
        }
        var cls = requested ?? hint;
        if (cls is null or PopulationClass.Domestic)
        {
            AddIssue(1, 0, null,
                "cannot tell long-term from short-term foreigners: both have the same header; name the file "
                + "LONG_FOREIGNER_… or TEMP_FOREIGNER_…, or pass the class explicitly (ReaderOptions.Class)");
            return null;
        }
        return layout.WithClass(cls.Value);
    }

    /// <summary>Rows expected in the file, from its length and the first buffer's line density (0 when unknown).</summary>
    private int EstimateRows()
    {
        if (!_stream.CanSeek)
            return 0;
        try
        {
            var sample = _buffer.AsSpan(_start, _end - _start);
            var lines = sample.Count((byte)'\n');
            if (lines == 0)
                return 0;
            var remaining = _stream.Length - _stream.Position + sample.Length;
            return (int)Math.Min(4_000_000, remaining / Math.Max(1, sample.Length / lines) + 16);
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    private static List<string> SplitHeader(string text)
    {
        var names = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                names.Add(FileLayout.CleanHeaderName(sb.ToString()));
                sb.Clear();
            }
            else
                sb.Append(c);
        }
        names.Add(FileLayout.CleanHeaderName(sb.ToString()));
        return names;
    }

    private static string HeaderMismatch(List<string> names, string raw)
    {
        var separator = raw.Contains('\r') ? " The file uses CR-only line ends: official files use CRLF or LF."
            : raw.Contains('\t') ? " The header contains tabs: official files are comma-separated."
            : raw.Contains(';') ? " The header contains ';': official files are comma-separated." : "";
        FileLayout? best = null;
        var bestScore = 0;
        foreach (var layout in FileLayout.All)
        {
            if (layout.Class == PopulationClass.ShortTermForeign)
                continue;
            var overlap = layout.Columns.Count(names.Contains);
            var score = overlap * 2 - (layout.ColumnCount - overlap) - names.Count(n => !layout.Columns.Contains(n));
            if (score > bestScore)
            {
                bestScore = score;
                best = layout;
            }
        }
        var shown = string.Join(",", names.Take(4).Select(n => n.Length > 20 ? n[..20] + "…" : n));
        if (best is null || best.Columns.Count(names.Contains) < 3)
            return $"unknown header ({names.Count} column{(names.Count == 1 ? "" : "s")}: {shown}{(names.Count > 4 ? ",…" : "")}): not a living-population file.{separator}";
        var missing = best.Columns.Where(c => !names.Contains(c)).ToList();
        var extra = names.Where(n => !best.Columns.Contains(n)).Select(n => n.Length == 0 ? "(empty)" : n).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
            parts.Add("missing column(s) " + string.Join(", ", missing.Take(5)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : ""));
        if (extra.Count > 0)
            parts.Add("unexpected column(s) " + string.Join(", ", extra.Take(5)) + (extra.Count > 5 ? $" and {extra.Count - 5} more" : ""));
        if (parts.Count == 0)
            parts.Add("columns out of order");
        var what = best.IsForeign ? $"{best.Level.NameKo()} 외국인 ({best.ColumnCount} columns)" : best.Describe();
        return $"unknown header: {names.Count} columns do not match any official layout; nearest is {what}: {string.Join("; ", parts)}.{separator}";
    }
}
