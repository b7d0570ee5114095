using System.Globalization;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// The wording of Korean government briefings (the research note briefing.md §1.2–1.3): counts in 만 명, ratios in 배,
/// changes of a rate in %p, dates as "2017. 12. 20.(수) 14:00", estimates with their interval, the □ ○ - hierarchy and
/// the 은/는 josa. Number and unit are joined by a no-break space so a line never ends between them.
/// </summary>
public static class KoreanWording
{
    /// <summary>No-break space, between a number and its unit.</summary>
    public const char Nbsp = '\u00A0';

    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private static readonly string[] s_weekdays = ["일", "월", "화", "수", "목", "금", "토"];

    /// <summary>
    /// A head count: 10,000 and more as 만 명 with one decimal ("85.1만 명", "1.0만 명"); below, rounded to 100 with a
    /// thousands separator ("8,400명"); below 100, as is ("37명"). 9,999 rounds to 10,000 and reads "1.0만 명".
    /// </summary>
    public static string Count(double persons)
    {
        if (!double.IsFinite(persons))
            return "–";
        var sign = persons < 0 ? "−" : "";
        var x = Math.Abs(persons);
        var hundreds = Math.Round(x / 100, MidpointRounding.AwayFromZero) * 100;
        if (hundreds >= 10_000)
            return $"{sign}{Man(x)}만{Nbsp}명";
        if (x >= 100)
            return sign + hundreds.ToString("#,0", s_inv) + "명";
        return sign + Math.Round(x, MidpointRounding.AwayFromZero).ToString("0", s_inv) + "명";
    }

    /// <summary>The 만 figure with one decimal, without unit ("85.1").</summary>
    public static string Man(double persons) => (Math.Round(persons / 1_000, MidpointRounding.AwayFromZero) / 10).ToString("#,0.0", s_inv);

    /// <summary>A ratio: "1.6배".</summary>
    public static string Ratio(double ratio) => double.IsFinite(ratio) ? ratio.ToString("0.0", s_inv) + "배" : "–";

    /// <summary>A share: "3.2%".</summary>
    public static string Percent(double percent) => double.IsFinite(percent) ? percent.ToString("0.0", s_inv) + "%" : "–";

    /// <summary>A relative change with its direction: "3.2% 증가", "1.5% 감소", "변동 없음".</summary>
    public static string Change(double percent)
    {
        if (!double.IsFinite(percent))
            return "–";
        var rounded = Math.Round(Math.Abs(percent), 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "변동 없음" : $"{rounded.ToString("0.0", s_inv)}% {(percent > 0 ? "증가" : "감소")}";
    }

    /// <summary>
    /// A difference of two rates in percentage points with its direction: "0.4%p 상승", "0.05%p 하락" (two decimals
    /// below 0.1 %p, so a small change does not read as none), "변동 없음".
    /// </summary>
    public static string PointChange(double points)
    {
        if (!double.IsFinite(points))
            return "–";
        var x = Math.Abs(points);
        var text = x < 0.1 ? Math.Round(x, 2, MidpointRounding.AwayFromZero).ToString("0.00", s_inv) : Math.Round(x, 1, MidpointRounding.AwayFromZero).ToString("0.0", s_inv);
        return text is "0.00" or "0.0" ? "변동 없음" : $"{text}%p {(points > 0 ? "상승" : "하락")}";
    }

    /// <summary>An estimate with its 90 % interval: "약 85.1만 명(90% 구간 84.0만–86.2만)"; without bounds "약 85.1만 명".</summary>
    public static string Estimate(double mean, double? lower, double? upper)
    {
        var head = "약" + Nbsp + Count(mean);
        if (lower is not { } lo || upper is not { } hi || !double.IsFinite(lo) || !double.IsFinite(hi))
            return head;
        return mean >= 10_000 || hi >= 10_000
            ? $"{head}(90%{Nbsp}구간 {Man(lo)}만–{Man(hi)}만)"
            : $"{head}(90%{Nbsp}구간 {Count(lo).TrimEnd('명')}–{Count(hi)})";
    }

    /// <summary>An official date, with the weekday and an optional hour: "2017. 12. 20.(수) 14:00".</summary>
    public static string Date(DateOnly date, int? hour = null)
    {
        var text = $"{date.Year}. {date.Month}. {date.Day}.({s_weekdays[(int)date.DayOfWeek]})";
        return hour is { } h ? $"{text} {h:00}:00" : text;
    }

    /// <summary>A period: "2017. 12. 11.(월) ~ 12. 17.(일)", the year repeated only when it changes.</summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        if (from == to)
            return Date(from);
        var end = to.Year == from.Year ? $"{to.Month}. {to.Day}.({s_weekdays[(int)to.DayOfWeek]})" : Date(to);
        return $"{Date(from)} ~ {end}";
    }

    /// <summary>The bullet of a level of the 개조식 hierarchy: □ (1), ○ (2), - (3), · (4).</summary>
    public static string Bullet(int level, string text) => level switch
    {
        1 => "□ " + text,
        2 => "○ " + text,
        3 => "- " + text,
        4 => "· " + text,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Levels 1 to 4."),
    };

    /// <summary>A note line: "※ …".</summary>
    public static string Note(string text) => "※ " + text;

    /// <summary>
    /// The word with the josa its last sound takes: 은/는, 이/가, 을/를, 과/와 (pass the pair with the form after a final
    /// consonant first). Hangul syllables by their 받침; digits by their reading (1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영 end in
    /// a consonant); Latin letters and anything else take the vowel form.
    /// </summary>
    public static string WithJosa(string word, string afterConsonant, string afterVowel)
    {
        ArgumentNullException.ThrowIfNull(word);
        var last = word.TrimEnd(' ', ')', '"', '\'', '」');
        if (last.Length == 0)
            return word + afterVowel;
        var c = last[^1];
        var consonant = c switch
        {
            >= '\uAC00' and <= '\uD7A3' => (c - 0xAC00) % 28 != 0,
            '0' or '1' or '3' or '6' or '7' or '8' => true,
            _ => false,
        };
        return word + (consonant ? afterConsonant : afterVowel);
    }

    /// <summary>The topic marker: "강남구는", "역삼1동은".</summary>
    public static string Topic(string word) => WithJosa(word, "은", "는");
}
