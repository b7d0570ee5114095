using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads the 집계구→행정동 table (<c>집계구코드,행정동코드</c>, UTF-8 with or without BOM), possibly split into
/// several part files. The same pair repeated is kept once; one 집계구 with two dongs is an error.
/// </summary>
public static class OaDongTableReader
{
    public const string OaColumn = "집계구코드";
    public const string DongColumn = "행정동코드";

    public static IReadOnlyList<OaDongLink> Read(params string[] paths) => Read((IEnumerable<string>)paths);

    public static IReadOnlyList<OaDongLink> Read(IEnumerable<string> paths)
    {
        var parts = new List<(TextReader, string)>();
        try
        {
            foreach (var p in paths)
                parts.Add((new StreamReader(p, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), Path.GetFileName(p)));
            return Read(parts);
        }
        finally
        {
            foreach (var (r, _) in parts)
                r.Dispose();
        }
    }

    /// <summary>Read parts in order; each (reader, file name) must start with the header.</summary>
    public static IReadOnlyList<OaDongLink> Read(IEnumerable<(TextReader Reader, string FileName)> parts)
    {
        var issues = new List<ImportIssue>();
        var result = new List<OaDongLink>();
        var seen = new Dictionary<string, (string Dong, string File, long Line)>(StringComparer.Ordinal);
        var any = false;

        foreach (var (reader, file) in parts)
        {
            any = true;
            long line = 0;
            string? text;
            var header = reader.ReadLine();
            line++;
            if (header is null)
            {
                issues.Add(new ImportIssue(file, 1, 0, null, "empty file (expected header 집계구코드,행정동코드)"));
                continue;
            }
            var names = header.TrimStart('\uFEFF').Split(',').Select(h => h.Trim().Trim('"', '?', ' ')).ToArray();
            var oaCol = Array.IndexOf(names, OaColumn);
            var dongCol = Array.IndexOf(names, DongColumn);
            if (oaCol < 0 || dongCol < 0)
            {
                issues.Add(new ImportIssue(file, 1, 0, null,
                    $"header '{header}' lacks {(oaCol < 0 ? OaColumn : DongColumn)} (expected 집계구코드,행정동코드)"));
                continue;
            }

            while ((text = reader.ReadLine()) is not null)
            {
                line++;
                if (text.Trim().Length == 0)
                    continue;
                var fields = text.Split(',');
                if (fields.Length != names.Length)
                {
                    issues.Add(new ImportIssue(file, line, 0, null, $"{fields.Length} fields, header has {names.Length}"));
                    continue;
                }
                var oa = fields[oaCol].Trim().Trim('"');
                var dong = fields[dongCol].Trim().Trim('"');
                var ok = true;
                if (!ZoneCodes.IsOa(oa))
                {
                    issues.Add(new ImportIssue(file, line, oaCol + 1, OaColumn, $"'{oa}' is not a 13-digit 집계구 code"));
                    ok = false;
                }
                if (!ZoneCodes.IsDong(dong))
                {
                    issues.Add(new ImportIssue(file, line, dongCol + 1, DongColumn, $"'{dong}' is not an 8-digit 행정동 code"));
                    ok = false;
                }
                if (!ok)
                    continue;
                if (seen.TryGetValue(oa, out var first))
                {
                    if (first.Dong != dong)
                        issues.Add(new ImportIssue(file, line, dongCol + 1, DongColumn,
                            $"집계구 {oa} maps to {dong} here but to {first.Dong} at {first.File}:{first.Line}"));
                    continue;
                }
                seen[oa] = (dong, file, line);
                result.Add(new OaDongLink(oa, dong));
            }
            if (issues.Count >= 100)
                break;
        }

        if (!any)
            issues.Add(new ImportIssue("(none)", 0, 0, null, "no 집계구→행정동 files given"));
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return result;
    }
}
