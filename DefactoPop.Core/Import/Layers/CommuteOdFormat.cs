using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Import.Layers;

/// <summary>
/// The commuter OD file layout, modelled on Seoul's 서울 생활이동 (행정동) files on the Open Data Plaza
/// (대상연월, 요일, 도착시간, 출발/도착 코드, 성별, 나이, 이동유형, 평균 이동 시간(분), 이동인구(합)) and on the English
/// column names of 수도권 생활이동 (ETL_YM, DAYOFWEEK, ARR_TIME, O_GU_CD, D_GU_CD, SEX, AGE_GROUP, MOVE_TYPE,
/// AVG_MOVE_TIME_MIN, MOVE_POP). See docs/commute-od.md for what was confirmed and what is assumed.
/// </summary>
public static class CommuteOdFormat
{
    /// <summary>The header our writer writes (the origin is a 시군구, so its column says so).</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["대상연월", "요일", "도착시간", "출발 시군구 코드", "도착 행정동 코드", "성별", "나이", "이동유형", "평균 이동 시간(분)", "이동인구(합)"];

    /// <summary>The masked-cell mark of the published files (3 or fewer movers).</summary>
    public const string Masked = "*";

    private static readonly string[] s_dayNames = ["일", "월", "화", "수", "목", "금", "토"];

    /// <summary>
    /// Writes flows as UTF-8 CSV (no BOM, LF). 대상연월 and 요일 come from the date of the flow's day type
    /// (<paramref name="weekday"/> or <paramref name="weekendDay"/>); a holiday that is not a Sunday is written 휴일.
    /// 이동유형 is HW for weekday arrivals 05–10 h and HE otherwise (the synthetic product has no trip purpose).
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<CommuteFlow> flows, DateOnly weekday, DateOnly weekendDay)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(flows);
        writer.Write(string.Join(',', Header.Select(Quote)));
        writer.Write('\n');
        var line = new StringBuilder();
        foreach (var f in flows)
        {
            var date = f.Day == DayType.Weekday ? weekday : weekendDay;
            var dayName = f.Day == DayType.SundayOrHoliday && date.DayOfWeek != DayOfWeek.Sunday ? "휴일" : s_dayNames[(int)date.DayOfWeek];
            var type = f.Day == DayType.Weekday && f.ArrivalHour is >= 5 and <= 10 ? "HW" : "HE";
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"{date:yyyyMM},{dayName},{f.ArrivalHour},{f.Origin},{f.Destination},")
                .Append(f.Sex == Sex.Male ? 'M' : 'F').Append(',')
                .Append(CultureInfo.InvariantCulture, $"{f.AgeGroup},{type},{Number(f.MeanMinutes)},")
                .Append(f.Movers is { } m ? Number(m) : Masked)
                .Append('\n');
            writer.Write(line);
        }
    }

    /// <summary>Writes flows to a file (see <see cref="Write(TextWriter, IEnumerable{CommuteFlow}, DateOnly, DateOnly)"/>).</summary>
    public static void Write(string path, IEnumerable<CommuteFlow> flows, DateOnly weekday, DateOnly weekendDay)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(writer, flows, weekday, weekendDay);
    }

    private static string Number(double v) =>
        double.IsNaN(v) ? Masked : v.ToString(v == Math.Round(v) ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static string Quote(string name) => name.Contains(',', StringComparison.Ordinal) ? $"\"{name}\"" : name;
}
