using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads Seoul's 행정동코드_매핑정보 workbook, sheet 행정동코드: a Korean header row, an English header row,
/// then 통계청행정동코드 | 행자부행정동코드 | 시도명 | 시군구명 | 행정동명.
/// </summary>
public static class DongCodeMappingReader
{
    public const string SheetName = "행정동코드";

    private static readonly (string Ko, string En)[] s_columns =
    [
        ("통계청행정동코드", "H_SDNG_CD"),
        ("행자부행정동코드", "H_DNG_CD"),
        ("시군구명", "CT_NM"),
        ("행정동명", "H_DNG_NM"),
    ];

    public static IReadOnlyList<DongCodeMapping> Read(string path) =>
        Parse(ExcelSheets.ReadSheet(path, SheetName), Path.GetFileName(path));

    public static IReadOnlyList<DongCodeMapping> Read(Stream stream, string fileName) =>
        Parse(ExcelSheets.ReadSheet(stream, fileName, SheetName), fileName);

    /// <summary>Parse the rows of the 행정동코드 sheet (row i is sheet row i + 1).</summary>
    internal static IReadOnlyList<DongCodeMapping> Parse(IEnumerable<object?[]> rows, string fileName)
    {
        var where = $"{fileName}[{SheetName}]";
        var issues = new List<ImportIssue>();
        var result = new List<DongCodeMapping>();
        var byStat = new Dictionary<string, long>(StringComparer.Ordinal);
        var byMois = new Dictionary<string, long>(StringComparer.Ordinal);
        int[]? cols = null;
        long line = 0;

        foreach (var row in rows)
        {
            line++;
            if (cols is null)
            {
                if (line > 5)
                    break;
                cols = FindColumns(row);
                if (cols.All(c => c < 0))
                {
                    cols = null;
                    continue;
                }
                for (var k = 0; k < cols.Length; k++)
                {
                    if (cols[k] < 0)
                        issues.Add(new ImportIssue(where, line, 0, s_columns[k].Ko, $"missing column {s_columns[k].Ko} ({s_columns[k].En})"));
                }
                if (issues.Count > 0)
                    throw new ImportFormatException(issues);
                continue;
            }

            if (ExcelSheets.IsEmpty(row) || IsHeader(row))
                continue;

            var stat = ExcelSheets.Text(row, cols[0]);
            var mois = ExcelSheets.Text(row, cols[1]);
            var gu = ExcelSheets.Text(row, cols[2]);
            var dong = ExcelSheets.Text(row, cols[3]);
            var before = issues.Count;
            if (stat is null || !ZoneCodes.IsStatDong(stat))
                issues.Add(Issue(where, line, cols[0], 0, $"'{stat}' is not a 7-digit statistics 행정동 code"));
            if (mois is null || !ZoneCodes.IsDong(mois))
                issues.Add(Issue(where, line, cols[1], 1, $"'{mois}' is not an 8-digit MOIS 행정동 code"));
            if (gu is null)
                issues.Add(Issue(where, line, cols[2], 2, "empty district name"));
            if (dong is null)
                issues.Add(Issue(where, line, cols[3], 3, "empty dong name"));
            if (issues.Count > before)
                continue;

            if (byStat.TryGetValue(stat!, out var firstStat))
                issues.Add(Issue(where, line, cols[0], 0, $"statistics code {stat} repeats row {firstStat}"));
            else
                byStat[stat!] = line;
            if (byMois.TryGetValue(mois!, out var firstMois))
                issues.Add(Issue(where, line, cols[1], 1, $"MOIS code {mois} repeats row {firstMois}"));
            else
                byMois[mois!] = line;
            result.Add(new DongCodeMapping(stat!, mois!, gu!, dong!));
            if (issues.Count >= 100)
                break;
        }

        if (cols is null)
            issues.Add(new ImportIssue(where, 1, 0, null, "no header row with 통계청행정동코드 / 행자부행정동코드 in the first 5 rows"));
        else if (result.Count == 0 && issues.Count == 0)
            issues.Add(new ImportIssue(where, line, 0, null, "no data rows"));
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return result;
    }

    private static ImportIssue Issue(string where, long line, int column, int k, string reason) =>
        new(where, line, column + 1, $"{s_columns[k].Ko}, column {ExcelSheets.Letters(column + 1)}", reason);

    private static int[] FindColumns(object?[] row)
    {
        var cols = new int[s_columns.Length];
        for (var k = 0; k < s_columns.Length; k++)
        {
            cols[k] = -1;
            for (var i = 0; i < row.Length; i++)
            {
                var t = ExcelSheets.Text(row, i);
                if (t is not null && (t == s_columns[k].Ko || string.Equals(t, s_columns[k].En, StringComparison.OrdinalIgnoreCase)))
                {
                    cols[k] = i;
                    break;
                }
            }
        }
        return cols;
    }

    private static bool IsHeader(object?[] row) => FindColumns(row).Any(c => c >= 0);
}
