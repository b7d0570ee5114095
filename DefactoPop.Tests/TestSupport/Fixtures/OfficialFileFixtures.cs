using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.TestSupport.Fixtures;

/// <summary>
/// Valid files in every official layout, written from deterministic small data by hand (not with the
/// product's writer), with the rows each must read back as. Headers are spelled out literally here,
/// as published, so the product's layout table is checked against an independent copy.
/// </summary>
public static class OfficialFileFixtures
{
    public const string Date = "20171220";

    public const string DomesticStrata =
        "남자0세부터9세생활인구수,남자10세부터14세생활인구수,남자15세부터19세생활인구수,남자20세부터24세생활인구수,"
        + "남자25세부터29세생활인구수,남자30세부터34세생활인구수,남자35세부터39세생활인구수,남자40세부터44세생활인구수,"
        + "남자45세부터49세생활인구수,남자50세부터54세생활인구수,남자55세부터59세생활인구수,남자60세부터64세생활인구수,"
        + "남자65세부터69세생활인구수,남자70세이상생활인구수,"
        + "여자0세부터9세생활인구수,여자10세부터14세생활인구수,여자15세부터19세생활인구수,여자20세부터24세생활인구수,"
        + "여자25세부터29세생활인구수,여자30세부터34세생활인구수,여자35세부터39세생활인구수,여자40세부터44세생활인구수,"
        + "여자45세부터49세생활인구수,여자50세부터54세생활인구수,여자55세부터59세생활인구수,여자60세부터64세생활인구수,"
        + "여자65세부터69세생활인구수,여자70세이상생활인구수";

    public const string ForeignTail = "총생활인구수,중국인체류인구수,중국외외국인체류인구수";

    /// <summary>The (level, class, hasStrata) of every official layout.</summary>
    public static IReadOnlyList<(ZoneLevel Level, PopulationClass Class, bool HasStrata)> Layouts { get; } =
    [
        (ZoneLevel.Oa, PopulationClass.Domestic, true),
        (ZoneLevel.Dong, PopulationClass.Domestic, true),
        (ZoneLevel.Gu, PopulationClass.Domestic, true),
        (ZoneLevel.Gu, PopulationClass.Domestic, false),
        (ZoneLevel.Oa, PopulationClass.LongTermForeign, false),
        (ZoneLevel.Dong, PopulationClass.LongTermForeign, false),
        (ZoneLevel.Gu, PopulationClass.LongTermForeign, false),
        (ZoneLevel.Oa, PopulationClass.ShortTermForeign, false),
        (ZoneLevel.Dong, PopulationClass.ShortTermForeign, false),
        (ZoneLevel.Gu, PopulationClass.ShortTermForeign, false),
    ];

    /// <summary>Encodings × BOM × quoting × line ends × hour format × trailing lines × header quirks.</summary>
    public static IReadOnlyList<FixtureVariant> Variants { get; } =
    [
        new("cp949", Bom: false, Quoted: true, Crlf: true, PaddedHour: true),
        new("cp949", Bom: false, Quoted: false, Crlf: false, PaddedHour: false),
        new("cp949", Bom: true, Quoted: true, Crlf: true, PaddedHour: false, Tail: "none"),
        new("utf-8", Bom: true, Quoted: false, Crlf: true, PaddedHour: true),
        new("utf-8", Bom: false, Quoted: true, Crlf: false, PaddedHour: true, Tail: "blank"),
        new("utf-8", Bom: false, Quoted: false, Crlf: true, PaddedHour: false, Tail: "none"),
        new("utf-8", Bom: true, Quoted: true, Crlf: false, PaddedHour: false, HeaderJunk: true),
        new("cp949", Bom: false, Quoted: false, Crlf: true, PaddedHour: true, Tail: "blank", HeaderJunk: true),
    ];

    public static IEnumerable<FixtureFile> All()
    {
        foreach (var (level, cls, strata) in Layouts)
        {
            foreach (var variant in Variants)
                yield return Build(level, cls, strata, variant);
        }
    }

    /// <summary>The official header of a layout, spelled out literally.</summary>
    public static IReadOnlyList<string> Header(ZoneLevel level, PopulationClass cls, bool hasStrata)
    {
        var codes = level switch
        {
            ZoneLevel.Oa => "행정동코드,집계구코드",
            ZoneLevel.Dong => "행정동코드",
            _ => "자치구코드",
        };
        var tail = cls != PopulationClass.Domestic ? ForeignTail
            : hasStrata ? "총생활인구수," + DomesticStrata
            : "총생활인구수";
        return $"기준일ID,시간대구분,{codes},{tail}".Split(',');
    }

    /// <summary>The official file name for the fixture date (daily 집계구, monthly 행정동, yearly 자치구).</summary>
    public static string FileName(ZoneLevel level, PopulationClass cls)
    {
        var prefix = cls switch
        {
            PopulationClass.Domestic => "LOCAL_PEOPLE",
            PopulationClass.LongTermForeign => "LONG_FOREIGNER",
            _ => "TEMP_FOREIGNER",
        };
        return level switch
        {
            ZoneLevel.Oa => $"{prefix}_{Date}.csv",
            ZoneLevel.Dong => $"{prefix}_DONG_{Date[..6]}.csv",
            _ => $"{prefix}_GU_{Date[..4]}.csv",
        };
    }

    /// <summary>Zone codes used by the fixtures: (zone, parent) for each of two zones.</summary>
    public static (string Zone, string? Parent)[] Zones(ZoneLevel level) => level switch
    {
        ZoneLevel.Oa => [("1101053010001", "11110530"), ("1123064010002", "11680640")],
        ZoneLevel.Dong => [("11110530", null), ("11680640", null)],
        _ => [("11110", null), ("11680", null)],
    };

    /// <summary>The data cells (after the codes) of one fixture row, as text; "*" marks masked cells.</summary>
    public static string[] Cells(PopulationClass cls, bool hasStrata, int hour, int zone)
    {
        var total = (1000 + hour * 37 + zone * 211).ToString(CultureInfo.InvariantCulture) + (hour % 2 == 0 ? ".2552" : "");
        if (cls != PopulationClass.Domestic)
        {
            var chinese = (hour + zone) % 3 == 0 ? "*" : $"{hour + 4}.41";
            return [total, chinese, (20 + hour * 3 + zone).ToString(CultureInfo.InvariantCulture) + ".5"];
        }
        if (!hasStrata)
            return [total];
        var cells = new string[29];
        cells[0] = total;
        for (var i = 0; i < 28; i++)
        {
            var k = (hour * 7 + zone * 13 + i * 5) % 40;
            cells[i + 1] = k < 4 ? "*" : (i % 3) switch
            {
                0 => $"{k}.41",
                1 => k.ToString(CultureInfo.InvariantCulture),
                _ => $"{k}.2552",
            };
        }
        return cells;
    }

    public static FixtureFile Build(ZoneLevel level, PopulationClass cls, bool hasStrata, FixtureVariant variant)
    {
        var header = Header(level, cls, hasStrata);
        var lines = new List<string[]>();
        var expected = new List<PopulationRow>();
        var zones = Zones(level);
        var date = DateOnly.ParseExact(Date, "yyyyMMdd", CultureInfo.InvariantCulture);
        for (var hour = 0; hour < 3; hour++)
        {
            for (var z = 0; z < zones.Length; z++)
            {
                var (zone, parent) = zones[z];
                var cells = Cells(cls, hasStrata, hour, z);
                var hourText = variant.PaddedHour ? hour.ToString("00", CultureInfo.InvariantCulture) : hour.ToString(CultureInfo.InvariantCulture);
                var codes = parent is null ? new[] { zone } : [parent, zone];
                lines.Add([Date, hourText, .. codes, .. cells]);
                expected.Add(new PopulationRow(new HourSlot(date, hour), level, zone, cls, Parse(cells[0]))
                {
                    ParentCode = parent,
                    Strata = hasStrata && cls == PopulationClass.Domestic ? [.. cells.Skip(1).Select(Parse)] : null,
                    Chinese = cls != PopulationClass.Domestic ? Parse(cells[1]) : null,
                    OtherForeign = cls != PopulationClass.Domestic ? Parse(cells[2]) : null,
                    Line = lines.Count + 1,
                });
            }
        }
        var headerCells = variant.HeaderJunk ? header.Select((h, i) => i switch
            {
                0 => "?\"" + h + "\"",
                2 => "\"\"" + h + "\"\"",
                4 => " " + h + " ",
                _ => h,
            }).ToArray() : [.. header];
        var bytes = Encode(headerCells, lines, variant);
        return new FixtureFile(FileName(level, cls), level, cls, hasStrata, variant, bytes, expected) { ExpectedHeader = header };
    }

    /// <summary>Writes a header and rows as CSV bytes in the given variant.</summary>
    public static byte[] Encode(IReadOnlyList<string> header, IEnumerable<string[]> rows, FixtureVariant variant)
    {
        var nl = variant.Crlf ? "\r\n" : "\n";
        var sb = new StringBuilder();
        sb.Append(Join(header, variant.Quoted && !variant.HeaderJunk));
        foreach (var row in rows)
            sb.Append(nl).Append(Join(row, variant.Quoted));
        if (variant.Tail is "newline" or "blank")
            sb.Append(nl);
        if (variant.Tail == "blank")
            sb.Append(nl);
        return ToBytes(sb.ToString(), variant.Encoding, variant.Bom);
    }

    public static byte[] ToBytes(string text, string encoding, bool bom)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = encoding == "cp949" ? Encoding.GetEncoding(949).GetBytes(text) : new UTF8Encoding(false).GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    private static string Join(IEnumerable<string> cells, bool quoted) =>
        string.Join(",", quoted ? cells.Select(c => "\"" + c + "\"") : cells);

    private static PopValue Parse(string cell) =>
        cell == "*" ? PopValue.Masked : PopValue.Of(double.Parse(cell, CultureInfo.InvariantCulture));
}
