using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Import.Layers;

/// <summary>One row of a commuter OD file: its line, target month (YYYYMM), trip type (HW, EE … or null) and the flow.</summary>
public sealed record CommuteOdRow(long Line, string Month, string? MoveType, CommuteFlow Flow);

/// <summary>A commuter OD file read: its rows, and how many rows were left out because their age was masked.</summary>
public sealed record CommuteOdFile(string FileName, IReadOnlyList<CommuteOdRow> Rows, int MaskedAgeRows)
{
    public IEnumerable<CommuteFlow> Flows => Rows.Select(r => r.Flow);
}

/// <summary>
/// Reads commuter OD files in the layout of 서울/수도권 생활이동 (Korean or English column names, found by name in any
/// order; UTF-8 or cp949): `*` is a masked cell (movers null; a masked time is NaN); 요일 may be 월…일, 1…7 (1 = 월),
/// 평일/주말/휴일; 나이 (5- or 10-year lower bounds) is folded into 10-year groups with 70 = 70+; 성별 M/F, 남/여 or 1/2.
/// Rows whose age is masked are counted and left out. A header that is not such a file is refused naming the file;
/// a bad cell is reported as file:line:column.
/// </summary>
public static class CommuteOdReader
{
    private const int MaxIssues = 50;

    private enum Col { Month, Day, Hour, Origin, Destination, Sex, Age, MoveType, Minutes, Movers }

    private static readonly string[][] s_names =
    [
        ["대상연월", "ETL_YM", "기준연월"],
        ["요일", "DAYOFWEEK", "요일구분"],
        ["도착시간", "ARR_TIME", "도착시간대"],
        ["출발 시군구 코드", "출발 행정동 코드", "O_GU_CD", "O_ADMDONG_CD", "출발지 코드"],
        ["도착 행정동 코드", "도착 시군구 코드", "D_GU_CD", "D_ADMDONG_CD", "도착지 코드"],
        ["성별", "SEX"],
        ["나이", "AGE_GROUP", "연령대"],
        ["이동유형", "MOVE_TYPE"],
        ["평균 이동 시간(분)", "AVG_MOVE_TIME_MIN", "평균이동시간"],
        ["이동인구(합)", "MOVE_POP", "이동인구"],
    ];

    /// <summary>True when the file's header is a commuter OD layout this reader knows (header only; the rows are not read).</summary>
    public static bool Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return false;
        var head = new byte[Math.Min(new FileInfo(path).Length, EncodingSniffer.SniffBytes)];
        using (var stream = File.OpenRead(path))
            stream.ReadExactly(head);
        var sniff = EncodingSniffer.Sniff(head, head.Length < EncodingSniffer.SniffBytes);
        if (sniff.Error is not null)
            return false;
        var text = (sniff.IsUtf8 ? Encoding.UTF8 : EncodingSniffer.Cp949).GetString(head);
        var header = text.Split('\n')[0].Trim('\uFEFF', '\r').Split(',').Select(h => h.Trim('"', ' ')).ToArray();
        return Map(header).Missing.Count == 0;
    }

    public static CommuteOdFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var raw = File.ReadAllBytes(path);
        var issues = new List<ImportIssue>();
        var sniff = EncodingSniffer.Sniff(raw.AsSpan(0, Math.Min(raw.Length, EncodingSniffer.SniffBytes)), raw.Length <= EncodingSniffer.SniffBytes);
        if (sniff.Error is { } error)
            throw new ImportFormatException(new ImportIssue(name, 1, 0, null, error));
        var csv = ContractCsv.Open(name, raw, issues) ?? throw new ImportFormatException(issues);
        csv.TextEncoding = sniff.IsUtf8 ? Encoding.UTF8 : EncodingSniffer.Cp949;
        if (!csv.ReadHeader(issues))
            throw new ImportFormatException(issues);
        var (map, missing) = Map(csv.Header);
        if (missing.Count > 0)
        {
            throw new ImportFormatException(new ImportIssue(name, 1, 0, null,
                $"not a commuter OD file (서울/수도권 생활이동 layout): no column for {string.Join(", ", missing)}; header {string.Join(",", csv.Header)}"));
        }

        var rows = new List<CommuteOdRow>();
        var maskedAge = 0;
        while (csv.NextRow(issues) && issues.Count < MaxIssues)
        {
            if (csv.FieldCount == 0)
                continue;
            var line = csv.Line;
            string Cell(Col c) => csv.FieldText(map[(int)c]).Trim();
            void Bad(Col c, string reason) => issues.Add(new ImportIssue(name, line, map[(int)c] + 1, csv.Header[map[(int)c]], reason));
            var before = issues.Count;

            var month = Cell(Col.Month);
            if (month.Length != 6 || !month.All(char.IsAsciiDigit))
                Bad(Col.Month, $"month '{month}' is not YYYYMM");
            var day = DayOf(Cell(Col.Day));
            if (day is null)
                Bad(Col.Day, $"day '{Cell(Col.Day)}' is not 월…일, 1…7, 평일, 주말 or 휴일");
            var hour = Integer(Cell(Col.Hour));
            if (hour is not (>= 0 and <= 23))
                Bad(Col.Hour, $"arrival hour '{Cell(Col.Hour)}' is not 0–23");
            var origin = Cell(Col.Origin);
            if (origin.Length == 0 || !origin.All(char.IsAsciiDigit))
                Bad(Col.Origin, $"origin code '{origin}' is not a number");
            var destination = Cell(Col.Destination);
            if (destination.Length == 0 || !destination.All(char.IsAsciiDigit))
                Bad(Col.Destination, $"destination code '{destination}' is not a number");
            var sex = SexOf(Cell(Col.Sex));
            if (sex is null)
                Bad(Col.Sex, $"sex '{Cell(Col.Sex)}' is not M/F, 남/여 or 1/2");
            var ageText = Cell(Col.Age);
            var age = Integer(ageText);
            if (ageText != CommuteOdFormat.Masked && age is not (>= 0 and <= 120))
                Bad(Col.Age, $"age '{ageText}' is not an age group");
            var minutes = Measure(Cell(Col.Minutes), out var minutesOk);
            if (!minutesOk)
                Bad(Col.Minutes, $"mean time '{Cell(Col.Minutes)}' is not a number of minutes or *");
            var movers = Measure(Cell(Col.Movers), out var moversOk);
            if (!moversOk)
                Bad(Col.Movers, $"movers '{Cell(Col.Movers)}' is not a count or *");
            if (issues.Count > before)
                continue;
            if (age is null)
            {
                maskedAge++;
                continue;
            }
            var moveType = map[(int)Col.MoveType] >= 0 && Cell(Col.MoveType) is { Length: > 0 } t ? t : null;
            var flow = new CommuteFlow(origin, destination, day!.Value, hour!.Value, sex!.Value, Math.Min(70, age.Value / 10 * 10),
                double.IsNaN(movers) ? null : movers, minutes);
            rows.Add(new CommuteOdRow(line, month, moveType, flow));
        }
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return new CommuteOdFile(name, rows, maskedAge);
    }

    /// <summary>Column positions by meaning (−1 when absent) and the required meanings that are missing.</summary>
    private static (int[] Map, List<string> Missing) Map(IReadOnlyList<string> header)
    {
        var norm = header.Select(Normalise).ToArray();
        var map = new int[s_names.Length];
        var missing = new List<string>();
        for (var c = 0; c < s_names.Length; c++)
        {
            map[c] = Array.FindIndex(norm, h => s_names[c].Any(n => Normalise(n) == h));
            if (map[c] < 0 && (Col)c != Col.MoveType)
                missing.Add(s_names[c][0]);
        }
        return (map, missing);
    }

    private static string Normalise(string name) =>
        new([.. name.Trim('\uFEFF', '"', ' ').Where(ch => !char.IsWhiteSpace(ch) && ch != '_').Select(char.ToUpperInvariant)]);

    private static int? Integer(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 1e6 ? (int)d
        : null;

    /// <summary>A non-negative number, or NaN for a masked or empty cell.</summary>
    private static double Measure(string text, out bool ok)
    {
        ok = true;
        if (text.Length == 0 || text == CommuteOdFormat.Masked)
            return double.NaN;
        ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0;
        return ok ? v : double.NaN;
    }

    /// <summary>월–금 and 평일 → weekday, 토 → Saturday, 일, 주말, 휴일 → Sunday or holiday; 1–7 counts from Monday.</summary>
    public static DayType? DayOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Replace("요일", "", StringComparison.Ordinal);
        return t switch
        {
            "월" or "화" or "수" or "목" or "금" or "평일" or "1" or "2" or "3" or "4" or "5" => DayType.Weekday,
            "토" or "6" => DayType.Saturday,
            "일" or "7" or "주말" or "휴일" or "공휴일" => DayType.SundayOrHoliday,
            _ => null,
        };
    }

    private static Sex? SexOf(string text) => text.Trim().ToUpperInvariant() switch
    {
        "M" or "남" or "남자" or "1" => Sex.Male,
        "F" or "여" or "여자" or "2" => Sex.Female,
        _ => null,
    };
}
