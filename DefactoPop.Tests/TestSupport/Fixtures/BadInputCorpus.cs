using System.Text;
using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.TestSupport.Fixtures;

/// <summary>
/// Malformed living-population files with the message each must produce. Independent of any store:
/// a store test can write each case to disk (or a stream), try to import it and assert nothing changed.
/// </summary>
public static class BadInputCorpus
{
    private const string Oa = "LOCAL_PEOPLE_20171220.csv";
    private const string Dong = "LOCAL_PEOPLE_DONG_201712.csv";
    private const string Gu = "LOCAL_PEOPLE_GU_2017.csv";
    private const string D = OfficialFileFixtures.Date;

    private static readonly Lazy<IReadOnlyList<BadInputCase>> s_cases = new(Build);

    public static IEnumerable<BadInputCase> Cases => s_cases.Value;

    /// <summary>Only the cases the reader itself must refuse.</summary>
    public static IEnumerable<BadInputCase> ReaderRejections => Cases.Where(c => c.RejectedByReader);

    public static BadInputCase Get(string name) => Cases.Single(c => c.Name == name);

    /// <summary>xUnit member data: one row per case name.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
            data.Add(c.Name);
        return data;
    }

    private static IReadOnlyList<BadInputCase> Build()
    {
        var oaHeader = Header(ZoneLevel.Oa, PopulationClass.Domestic);
        var dongHeader = Header(ZoneLevel.Dong, PopulationClass.Domestic);
        var guHeader = Header(ZoneLevel.Gu, PopulationClass.Domestic);
        var fDongHeader = Header(ZoneLevel.Dong, PopulationClass.LongTermForeign);
        string Dong0(int hour = 0, int zone = 0) => Row(ZoneLevel.Dong, PopulationClass.Domestic, hour, zone);
        string Oa0(int hour = 0, int zone = 0) => Row(ZoneLevel.Oa, PopulationClass.Domestic, hour, zone);
        string DongWith(int index, string value, int hour = 0) => Replace(Dong0(hour), index, value);
        string OaWith(int index, string value) => Replace(Oa0(), index, value);
        string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

        var cases = new List<BadInputCase>
        {
            new("EmptyFile", Oa, [], $"{Oa}:1: empty file"),
            new("BomOnly", Oa, [0xEF, 0xBB, 0xBF], $"{Oa}:1: empty file"),
            Text("WhitespaceOnly", Dong, "\r\n   \r\n\r\n", $"{Dong}:1: empty file"),
            Text("HeaderOnly", Oa, Lines(oaHeader), $"{Oa}:1: header only", "cp949"),
            Text("TruncatedRow", Oa, oaHeader + "\r\n" + Oa0() + "\r\n" + string.Join(",", Oa0(1).Split(',').Take(20)),
                $"{Oa}:3: row has 20 fields but the header has 33", "cp949"),
            new("WrongEncodingLatin1", Dong,
                [.. Utf8(dongHeader + "\r\n"), .. Encoding.Latin1.GetBytes(DongWith(3, "café") + "\r\n")],
                $"{Dong}:1: wrong encoding: the file is neither UTF-8 nor cp949"),
            new("WrongEncodingUtf16Bom", Dong, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Lines(dongHeader, Dong0()))],
                $"{Dong}:1: wrong encoding: the file is UTF-16"),
            new("WrongEncodingUtf16NoBom", Dong, Encoding.BigEndianUnicode.GetBytes(Lines(dongHeader, Dong0())),
                $"{Dong}:1: wrong encoding: the file looks like UTF-16 without a BOM"),
            new("BinaryGarbage", Oa, Garbage(4096, 7), $"{Oa}:1: binary data"),
            new("PngImage", Dong, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, .. Garbage(256, 3)],
                $"{Dong}:1: binary data"),
            Text("ZoneCodeStatDong", Dong, Lines(dongHeader, DongWith(2, "1111053")),
                $"{Dong}:2:3 (행정동코드): zone code '1111053' does not have the shape of a 행정동 code"),
            Text("ZoneCodeWithLetters", Dong, Lines(dongHeader, DongWith(2, "1111A530")), $"{Dong}:2:3 (행정동코드): zone code '1111A530'"),
            Text("ZoneCodeOutsideSeoul", Dong, Lines(dongHeader, DongWith(2, "26110510")), $"{Dong}:2:3 (행정동코드): zone code '26110510'"),
            Text("ZoneCodeTooLong", Oa, Lines(oaHeader, OaWith(3, "11010530100011")),
                $"{Oa}:2:4 (집계구코드): zone code '11010530100011' does not have the shape of a 집계구 code", "cp949"),
            Text("OaParentWrongShape", Oa, Lines(oaHeader, OaWith(2, "11110")), $"{Oa}:2:3 (행정동코드): zone code '11110'", "cp949"),
            Text("GuFileWithDongCodes", Gu, Lines(guHeader, Replace(Row(ZoneLevel.Gu, PopulationClass.Domestic, 0, 0), 2, "11110530")),
                $"{Gu}:2:3 (자치구코드): zone code '11110530' does not have the shape of a 자치구 code"),
            Text("Hour24", Dong, Lines(dongHeader, Dong0(), DongWith(1, "24")), $"{Dong}:3:2 (시간대구분): hour '24' is outside 0-23"),
            Text("HourNegative", Dong, Lines(dongHeader, DongWith(1, "-1")), $"{Dong}:2:2 (시간대구분): hour '-1' is outside 0-23"),
            Text("HourText", Dong, Lines(dongHeader, DongWith(1, "ab")), $"{Dong}:2:2 (시간대구분): hour 'ab'"),
            Text("NegativeTotal", Dong, Lines(dongHeader, DongWith(3, "-5")), $"{Dong}:2:4 (총생활인구수): negative value -5"),
            Text("NegativeStratum", Oa, Lines(oaHeader, OaWith(9, "-0.5")), $"{Oa}:2:10 (남자25세부터29세생활인구수): negative value -0.5", "cp949"),
            Text("DuplicateKey", Dong, Lines(dongHeader, Dong0(), Dong0(1), Dong0()),
                $"{Dong}:4:3 (행정동코드): duplicate key: 11110530 at 2017-12-20T00:00"),
            Text("DuplicateKeyHourFormats", Dong, Lines(dongHeader, DongWith(1, "0"), DongWith(1, "00")),
                $"{Dong}:3:3 (행정동코드): duplicate key: 11110530 at 2017-12-20T00:00"),
            Text("Rows38Under33Header", Oa, Lines(oaHeader, Oa0() + ",,,,,"), $"{Oa}:2: row has 38 fields but the header has 33", "cp949"),
            Text("Row33Under32Header", Dong, Lines(dongHeader, Dong0(), Dong0(1) + ","), $"{Dong}:3: row has 33 fields but the header has 32"),
            Text("BadDate20171332", Dong, Lines(dongHeader, DongWith(0, "20171332")), $"{Dong}:2:1 (기준일ID): bad date '20171332'"),
            Text("BadDateFeb30", Dong, Lines(dongHeader, DongWith(0, "20170230")), $"{Dong}:2:1 (기준일ID): bad date '20170230'"),
            Text("BadDateSevenDigits", Dong, Lines(dongHeader, DongWith(0, "2017122")), $"{Dong}:2:1 (기준일ID): bad date '2017122'"),
            Text("BadDateIso", Dong, Lines(dongHeader, DongWith(0, "2017-12-20")), $"{Dong}:2:1 (기준일ID): bad date '2017-12-20'"),
            Text("NonNumericValue", Dong, Lines(dongHeader, DongWith(3, "abc")), $"{Dong}:2:4 (총생활인구수): not a number: 'abc'"),
            Text("ThousandsSeparatorValue", Dong, Lines(dongHeader, DongWith(3, "\"1,234\"")), $"{Dong}:2:4 (총생활인구수): not a number: '1,234'"),
            Text("NaNValue", Dong, Lines(dongHeader, DongWith(3, "NaN")), $"{Dong}:2:4 (총생활인구수): 'NaN' is NaN or Infinity"),
            Text("InfinityValue", Dong, Lines(dongHeader, DongWith(5, "Infinity")), $"{Dong}:2:6 (남자10세부터14세생활인구수): 'Infinity' is NaN or Infinity"),
            Text("OverflowValue", Dong, Lines(dongHeader, DongWith(3, "1e400")), $"{Dong}:2:4 (총생활인구수): '1e400' is NaN or Infinity"),
            Text("MissingColumnInHeader", Oa, Lines(oaHeader.Replace("남자0세부터9세생활인구수,", ""), Oa0()),
                $"{Oa}:1: unknown header: 32 columns do not match any official layout; nearest is 집계구 내국인 (33 columns): missing column(s) 남자0세부터9세생활인구수",
                "cp949"),
            Text("UnknownHeader", "route_stops.csv", Lines("노선ID,노선명,순번,NODE_ID,ARS_ID", "100100001,01,1,100000001,01001"),
                "route_stops.csv:1: unknown header (5 columns"),
            Text("ShiftedHeader", Dong, Lines("," + dongHeader, Dong0()), $"{Dong}:1: unknown header: 33 columns do not match any official layout; nearest is 행정동 내국인 (32 columns): unexpected column(s) (empty)"),
            Text("MixedLayouts", Dong, Lines(dongHeader, Dong0(), Row(ZoneLevel.Dong, PopulationClass.LongTermForeign, 0, 1)),
                $"{Dong}:3: row has 6 fields but the header has 32"),
            Text("RepeatedHeaderMidFile", Dong, Lines(dongHeader, Dong0(), Dong0(1), dongHeader, Dong0(2)), $"{Dong}:4:1 (기준일ID): bad date"),
            Text("StrayQuoteMidCell", Dong, Lines(dongHeader, DongWith(0, "2017\"1220")), $"{Dong}:2:1 (기준일ID): stray quote in the middle of a cell"),
            Text("StrayQuoteAfterClosingQuote", Dong, Lines(dongHeader, DongWith(2, "\"11110530\"x")), $"{Dong}:2:3 (행정동코드): stray quote in the middle of a cell"),
            Text("UnterminatedQuote", Dong, Lines(dongHeader, DongWith(2, "\"11110530")), $"{Dong}:2:3 (행정동코드): unterminated quoted cell"),
            Text("TabSeparated", Dong, Lines(dongHeader.Replace(',', '\t'), Dong0().Replace(',', '\t')),
                $"{Dong}:1: unknown header (1 column: 기준일ID시간대구분행정동코드총생활인구…): not a living-population file. The header contains tabs"),
            Text("SemicolonSeparated", Dong, Lines(dongHeader.Replace(',', ';'), Dong0().Replace(',', ';')), "The header contains ';'"),
            Text("CrOnlyLineEnds", Dong, Lines(dongHeader, Dong0()).Replace("\r\n", "\r"), "The file uses CR-only line ends"),
            Text("ForeignWithoutClassHint", "foreigners_dong.csv", Lines(fDongHeader, Row(ZoneLevel.Dong, PopulationClass.LongTermForeign, 0, 0)),
                "foreigners_dong.csv:1: cannot tell long-term from short-term foreigners"),
            Text("ForeignUnderLocalPeopleName", Dong, Lines(fDongHeader, Row(ZoneLevel.Dong, PopulationClass.LongTermForeign, 0, 0)),
                $"{Dong}:1: cannot tell long-term from short-term foreigners"),
            Text("UnknownZone", Dong, Lines(dongHeader, Dong0(), DongWith(2, "11680999", hour: 1)), "11680999", rejected: false),
        };
        return cases;
    }

    private static string Header(ZoneLevel level, PopulationClass cls) =>
        string.Join(",", OfficialFileFixtures.Header(level, cls, hasStrata: true));

    /// <summary>A valid unquoted row of the fixture data.</summary>
    private static string Row(ZoneLevel level, PopulationClass cls, int hour, int zone)
    {
        var (code, parent) = OfficialFileFixtures.Zones(level)[zone];
        string[] codes = parent is null ? [code] : [parent, code];
        return string.Join(",", [D, hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture), .. codes,
            .. OfficialFileFixtures.Cells(cls, hasStrata: true, hour, zone)]);
    }

    private static string Replace(string row, int index, string value)
    {
        var cells = row.Split(',');
        cells[index] = value;
        return string.Join(",", cells);
    }

    private static BadInputCase Text(string name, string file, string text, string fragment, string encoding = "utf-8", bool rejected = true) =>
        new(name, file, OfficialFileFixtures.ToBytes(text, encoding, bom: false), fragment, rejected);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>Deterministic noise (xorshift), so the corpus is the same on every machine.</summary>
    private static byte[] Garbage(int length, uint seed)
    {
        var bytes = new byte[length];
        var x = seed * 2654435761u + 1;
        for (var i = 0; i < length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes[i] = (byte)x;
        }
        return bytes;
    }
}
