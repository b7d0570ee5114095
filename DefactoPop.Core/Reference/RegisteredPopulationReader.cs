using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads Seoul's registered population (주민등록인구) files, which identify zones by name only, and joins the
/// names to codes through the crosswalk: (a) the xlsx by 5-year age and nationality (Sheet1), (b) the
/// tab-separated file by sex and nationality with a three-row header.
/// </summary>
public static partial class RegisteredPopulationReader
{
    public const string AgeSheetName = "Sheet1";

    private const string CityName = "합계";
    private static readonly string[] s_guTotalNames = ["계", "소계", "합계"];

    public static RegisteredPopulation ReadAgeNationality(string path, CodeCrosswalk crosswalk) =>
        ParseAgeNationality(ExcelSheets.ReadSheet(path, AgeSheetName), Path.GetFileName(path), crosswalk);

    public static RegisteredPopulation ReadAgeNationality(Stream stream, string fileName, CodeCrosswalk crosswalk) =>
        ParseAgeNationality(ExcelSheets.ReadSheet(stream, fileName, AgeSheetName), fileName, crosswalk);

    /// <summary>Read the tab-separated file; UTF-8 unless <paramref name="encoding"/> says otherwise (a BOM always wins).</summary>
    public static RegisteredPopulation ReadDongSex(string path, CodeCrosswalk crosswalk, Encoding? encoding = null)
    {
        using var reader = new StreamReader(path, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return ParseDongSex(reader, Path.GetFileName(path), crosswalk);
    }

    /// <summary>
    /// Rows of the age/nationality sheet: header <c>기간, 자치구, 행정동, 구분, 계, 0~4세 … 100세 이상</c>,
    /// then one row per zone and 구분 (계 / 한국인 / 외국인). 5-year ages are folded into the 14 published bands.
    /// </summary>
    internal static RegisteredPopulation ParseAgeNationality(IEnumerable<object?[]> rows, string fileName, CodeCrosswalk crosswalk)
    {
        var where = $"{fileName}[{AgeSheetName}]";
        var errors = new List<ImportIssue>();
        var issues = new List<ImportIssue>();
        var unjoined = new List<UnjoinedZone>();
        var records = new List<RegisteredRecord>();
        var seen = new HashSet<(string, RegisteredGroup)>();
        string? period = null;
        int periodCol = -1, gu = -1, dong = -1, group = -1, total = -1;
        List<(int Column, int Lower)>? ages = null;
        long line = 0;

        foreach (var row in rows)
        {
            line++;
            if (ages is null)
            {
                var names = Enumerable.Range(0, row.Length).Select(i => ExcelSheets.Text(row, i) ?? "").ToArray();
                periodCol = Array.IndexOf(names, "기간");
                gu = Array.IndexOf(names, "자치구");
                dong = Array.IndexOf(names, "행정동");
                group = Array.IndexOf(names, "구분");
                total = Array.IndexOf(names, "계");
                foreach (var (col, name) in new[] { (periodCol, "기간"), (gu, "자치구"), (dong, "행정동"), (group, "구분"), (total, "계") })
                {
                    if (col < 0)
                        errors.Add(new ImportIssue(where, line, 0, name, $"missing column {name}"));
                }
                ages = AgeColumns(names, where, line, errors);
                if (errors.Count > 0)
                    throw new ImportFormatException(errors);
                continue;
            }
            if (ExcelSheets.IsEmpty(row))
                continue;

            var rowPeriod = ExcelSheets.Text(row, periodCol);
            period ??= rowPeriod;
            var guName = ExcelSheets.Text(row, gu);
            var dongName = ExcelSheets.Text(row, dong);
            var groupText = ExcelSheets.Text(row, group);
            if (guName is null || dongName is null)
            {
                errors.Add(new ImportIssue(where, line, (guName is null ? gu : dong) + 1, guName is null ? "자치구" : "행정동", "empty name"));
                continue;
            }
            if (ParseGroup(groupText) is not { } grp)
            {
                errors.Add(new ImportIssue(where, line, group + 1, "구분", $"'{groupText}' is not 계, 한국인 or 외국인"));
                continue;
            }
            var values = new double[ages.Count];
            var totalValue = CellNumber(row, total, "계", where, line, errors);
            var ok = totalValue is not null;
            for (var k = 0; k < ages.Count; k++)
            {
                var v = CellNumber(row, ages[k].Column, AgeLabel(ages[k].Lower, k == ages.Count - 1), where, line, errors);
                if (v is null)
                    ok = false;
                else
                    values[k] = v.Value;
            }
            if (!ok)
                continue;

            if (Resolve(guName, dongName, crosswalk) is not { } zone)
            {
                if (grp == RegisteredGroup.All)
                    unjoined.Add(Unjoined(guName, dongName, crosswalk, totalValue!.Value, line));
                continue;
            }
            if (!seen.Add((zone.Code, grp)))
            {
                issues.Add(new ImportIssue(where, line, 0, null, $"{guName} {dongName} {groupText} repeats; kept the first"));
                continue;
            }
            var sum = values.Sum();
            if (Math.Abs(sum - totalValue!.Value) > 0.5)
                issues.Add(new ImportIssue(where, line, total + 1, "계", $"계 {totalValue} but the ages add up to {sum}"));

            records.Add(new RegisteredRecord(zone.Code, zone.Level, null, null, grp, totalValue.Value));
            var bands = new double[Strata.BandCount];
            for (var k = 0; k < ages.Count; k++)
                bands[(int)Strata.BandOfAge(ages[k].Lower)] += values[k];
            for (var b = 0; b < bands.Length; b++)
                records.Add(new RegisteredRecord(zone.Code, zone.Level, null, (AgeBand)b, grp, bands[b]));
            if (errors.Count >= 100)
                break;
        }
        if (ages is null)
            errors.Add(new ImportIssue(where, 1, 0, null, "empty sheet (expected header 기간, 자치구, 행정동, 구분, 계, 0~4세 …)"));
        if (errors.Count > 0)
            throw new ImportFormatException(errors);
        return new RegisteredPopulation(period ?? "", records, issues) { Unjoined = unjoined };
    }

    /// <summary>
    /// The tab-separated file by sex: three header rows (인구 / 합계·한국인·외국인 / 계·남자·여자), numbers with thousands separators.
    /// </summary>
    internal static RegisteredPopulation ParseDongSex(TextReader reader, string fileName, CodeCrosswalk crosswalk)
    {
        var errors = new List<ImportIssue>();
        var headers = new string[3][];
        for (var h = 0; h < 3; h++)
        {
            var text = reader.ReadLine();
            if (text is null)
                throw new ImportFormatException(new ImportIssue(fileName, h + 1, 0, null, "missing header row (expected three header rows)"));
            headers[h] = [.. text.TrimStart('\uFEFF').Split('\t').Select(s => s.Trim())];
        }
        var width = headers[0].Length;
        for (var h = 1; h < 3; h++)
        {
            if (headers[h].Length != width)
                errors.Add(new ImportIssue(fileName, h + 1, 0, null, $"header row has {headers[h].Length} fields, the first has {width}"));
        }
        int Col(string name)
        {
            var i = Array.IndexOf(headers[0], name);
            if (i < 0)
                errors.Add(new ImportIssue(fileName, 1, 0, name, $"missing column {name}"));
            return i;
        }
        var periodCol = Col("기간");
        var gu = Col("자치구");
        var dong = Col("동");
        var columns = new List<(int Column, RegisteredGroup Group, Sex? Sex)>();
        if (errors.Count == 0)
        {
            foreach (var (groupName, grp) in new[] { ("합계", RegisteredGroup.All), ("한국인", RegisteredGroup.Korean), ("외국인", RegisteredGroup.Foreign) })
            {
                foreach (var (sexName, sex) in new[] { ("계", (Sex?)null), ("남자", Sex.Male), ("여자", Sex.Female) })
                {
                    var i = Enumerable.Range(0, width).FirstOrDefault(c => headers[0][c] == "인구" && headers[1][c] == groupName && headers[2][c] == sexName, -1);
                    if (i < 0)
                        errors.Add(new ImportIssue(fileName, 3, 0, $"인구/{groupName}/{sexName}", $"missing column 인구 / {groupName} / {sexName}"));
                    columns.Add((i, grp, sex));
                }
            }
        }
        if (errors.Count > 0)
            throw new ImportFormatException(errors);

        var issues = new List<ImportIssue>();
        var unjoined = new List<UnjoinedZone>();
        var records = new List<RegisteredRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? period = null;
        long line = 3;
        string? row;
        while ((row = reader.ReadLine()) is not null)
        {
            line++;
            if (row.Trim().Length == 0)
                continue;
            var f = row.Split('\t');
            if (f.Length != width)
            {
                errors.Add(new ImportIssue(fileName, line, 0, null, $"{f.Length} fields, header has {width}"));
                continue;
            }
            period ??= f[periodCol].Trim();
            var values = new double[columns.Count];
            var ok = true;
            for (var k = 0; k < columns.Count; k++)
            {
                var c = columns[k].Column;
                var text = f[c].Trim().Replace(",", "", StringComparison.Ordinal);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[k]) || values[k] < 0)
                {
                    errors.Add(new ImportIssue(fileName, line, c + 1, $"인구/{headers[1][c]}/{headers[2][c]}", $"'{f[c]}' is not a count"));
                    ok = false;
                }
            }
            if (!ok)
                continue;
            var guName = f[gu].Trim();
            var dongName = f[dong].Trim();
            if (Resolve(guName, dongName, crosswalk) is not { } zone)
            {
                unjoined.Add(Unjoined(guName, dongName, crosswalk, values[0], line));
                continue;
            }
            if (!seen.Add(zone.Code))
            {
                issues.Add(new ImportIssue(fileName, line, 0, null, $"{guName} {dongName} repeats; kept the first"));
                continue;
            }
            for (var g = 0; g < 3; g++)
            {
                var (all, male, female) = (values[g * 3], values[g * 3 + 1], values[g * 3 + 2]);
                if (Math.Abs(all - male - female) > 0.5)
                    issues.Add(new ImportIssue(fileName, line, columns[g * 3].Column + 1, null, $"계 {all} differs from 남자 + 여자 = {male + female}"));
            }
            if (Math.Abs(values[0] - values[3] - values[6]) > 0.5)
                issues.Add(new ImportIssue(fileName, line, columns[0].Column + 1, null, $"합계 {values[0]} differs from 한국인 + 외국인 = {values[3] + values[6]}"));
            for (var k = 0; k < columns.Count; k++)
                records.Add(new RegisteredRecord(zone.Code, zone.Level, columns[k].Sex, null, columns[k].Group, values[k]));
            if (errors.Count >= 100)
                break;
        }
        if (errors.Count > 0)
            throw new ImportFormatException(errors);
        return new RegisteredPopulation(period ?? "", records, issues) { Unjoined = unjoined };
    }

    /// <summary>A row that does not join: its names, its 자치구's code when that is known, its persons and line.</summary>
    private static UnjoinedZone Unjoined(string guName, string dongName, CodeCrosswalk crosswalk, double persons, long line) =>
        new($"{guName} {dongName}",
            crosswalk.GuCodeByName(guName) ?? SeoulDistricts.All.FirstOrDefault(d => d.NameKo == guName)?.Code ?? "", persons, line);

    /// <summary>City ("합계"), district (dong = 계/소계) or dong, by name.</summary>
    internal static (string Code, ZoneLevel Level)? Resolve(string guName, string dongName, CodeCrosswalk crosswalk)
    {
        if (guName == CityName)
            return (ZoneCodes.City, ZoneLevel.City);
        if (s_guTotalNames.Contains(dongName))
            return crosswalk.GuCodeByName(guName) is { } g ? (g, ZoneLevel.Gu) : null;
        return crosswalk.FindDong(guName, dongName) is { } d ? (d.MoisCode8, ZoneLevel.Dong) : null;
    }

    private static RegisteredGroup? ParseGroup(string? text) => text switch
    {
        "계" or "합계" => RegisteredGroup.All,
        "한국인" => RegisteredGroup.Korean,
        "외국인" => RegisteredGroup.Foreign,
        _ => null,
    };

    private static double? CellNumber(object?[] row, int column, string name, string where, long line, List<ImportIssue> errors)
    {
        var v = ExcelSheets.Number(row, column);
        if (v is null || v < 0 || double.IsNaN(v.Value))
        {
            errors.Add(new ImportIssue(where, line, column + 1, name,
                $"'{ExcelSheets.Text(row, column)}' is not a count (column {ExcelSheets.Letters(column + 1)})"));
            return null;
        }
        return v;
    }

    /// <summary>The 5-year age columns (0~4세 … 95~99세, 100세 이상), checked to run from 0 in steps of 5.</summary>
    private static List<(int Column, int Lower)> AgeColumns(string[] names, string where, long line, List<ImportIssue> errors)
    {
        var ages = new List<(int, int)>();
        for (var i = 0; i < names.Length; i++)
        {
            var m = AgeRange().Match(names[i]);
            if (m.Success)
            {
                var lo = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (m.Groups[2].Success && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) != lo + 4)
                {
                    errors.Add(new ImportIssue(where, line, i + 1, names[i], "age column is not a 5-year band"));
                    continue;
                }
                ages.Add((i, lo));
            }
        }
        if (ages.Count == 0)
        {
            errors.Add(new ImportIssue(where, line, 0, "0~4세", "no age columns (0~4세, 5~9세 …)"));
            return ages;
        }
        for (var k = 0; k < ages.Count; k++)
        {
            if (ages[k].Item2 != 5 * k)
                errors.Add(new ImportIssue(where, line, ages[k].Item1 + 1, names[ages[k].Item1], $"age columns must run 0~4세, 5~9세 … in order; expected {5 * k}~{5 * k + 4}세 here"));
        }
        var lastName = names[ages[^1].Item1];
        if (!lastName.Contains("이상", StringComparison.Ordinal))
            errors.Add(new ImportIssue(where, line, ages[^1].Item1 + 1, lastName, "the last age column must be open-ended (… 세 이상)"));
        return ages;
    }

    private static string AgeLabel(int lower, bool last) => last ? $"{lower}세 이상" : $"{lower}~{lower + 4}세";

    [GeneratedRegex(@"^(\d+)\s*(?:~\s*(\d+)\s*세|세\s*이상)$")]
    private static partial Regex AgeRange();
}
