using System.Globalization;
using System.Text;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Tests.Core.CityInputs;

public class MoisRegisterReaderTests
{
    private static readonly Encoding s_cp949;

    static MoisRegisterReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        s_cp949 = Encoding.GetEncoding(949);
    }

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal) { "11110515", "11110530" };

    /// <summary>Persons of one single age in a fixture row: varies with age, sex and the row's seed.</summary>
    private static long Persons(int seed, int sex, int age) => age == 110 ? 1 : (seed * 7 + age * 3 + sex * 11) % 40 + (age < 40 ? 1000 : 5);

    /// <summary>A row of the national file; numbers of 1,000 or more are written "1,234" in quotes.</summary>
    private static string Row(string code, string sido, string sgg, string emd, int seed, Func<int, long>? male = null)
    {
        var m = Enumerable.Range(0, 111).Select(a => male?.Invoke(a) ?? Persons(seed, 0, a)).ToArray();
        var f = Enumerable.Range(0, 111).Select(a => Persons(seed, 1, a)).ToArray();
        var cells = new List<string> { code, "2017-10", sido, sgg, emd };
        cells.AddRange(new[] { m.Sum() + f.Sum(), m.Sum(), f.Sum() }.Concat(m).Concat(f).Select(Number));
        return string.Join(",", cells);
    }

    private static string Number(long v) => v >= 1000 ? "\"" + v.ToString("#,0", CultureInfo.InvariantCulture) + "\"" : v.ToString(CultureInfo.InvariantCulture);

    private static string Header() => string.Join(",", MoisRegisterReader.Columns);

    private static string[] Fixture() =>
    [
        Header(),
        Row("1000000000", "전국", "", "", 1),
        Row("1100000000", "서울특별시", "", "", 2),
        Row("1111000000", "서울특별시", "종로구", "", 3),
        Row("1111051500", "서울특별시", "종로구", "청운효자동", 4),
        Row("1111053000", "서울특별시", "종로구", "사직동", 5),
        Row("1111099900", "서울특별시", "종로구", "없는동", 6),
        Row("2600000000", "부산광역시", "", "", 7),
        Row("2611051000", "부산광역시", "중구", "중앙동", 8),
    ];

    private static MoisRegister Parse(IEnumerable<string> lines, Encoding? encoding = null) =>
        MoisRegisterReader.Parse((encoding ?? s_cp949).GetBytes(string.Join("\r\n", lines) + "\r\n"), "register.csv", s_known);

    [Fact]
    public void Columns_Are230()
    {
        Assert.Equal(230, MoisRegisterReader.Columns.Count);
        Assert.Equal("110세이상 남자", MoisRegisterReader.Columns[118]);
        Assert.Equal("110세이상 여자", MoisRegisterReader.Columns[^1]);
    }

    [Fact]
    public void Parse_NationalCp949File_SkipsOtherProvincesAndSubtotalsWithCounts()
    {
        var register = Parse(Fixture());

        Assert.Equal(3, register.OtherProvinceRows);
        Assert.Equal(2, register.SubtotalRows);
        Assert.Equal("2017-10", register.Population.Period);
        Assert.Empty(register.Population.Issues);
        Assert.Equal(["11110515", "11110530"], register.Population.Records.Select(r => r.ZoneCode).Distinct());
    }

    [Fact]
    public void Parse_DongRow_FoldsSingleAgesIntoTheFourteenBands()
    {
        var records = Parse(Fixture()).Population.Records.Where(r => r.ZoneCode == "11110515").ToList();
        double Band(Sex sex, AgeBand band) => records.Single(r => r.Sex == sex && r.Band == band).Persons;

        Assert.Equal(1 + 2 * (1 + Strata.BandCount), records.Count);
        Assert.All(records, r => Assert.Equal(ZoneLevel.Dong, r.Level));
        Assert.Equal(Enumerable.Range(0, 10).Sum(a => Persons(4, 0, a)), Band(Sex.Male, AgeBand.A0To9));
        Assert.Equal(Enumerable.Range(10, 5).Sum(a => Persons(4, 0, a)), Band(Sex.Male, AgeBand.A10To14));
        Assert.Equal(Enumerable.Range(70, 41).Sum(a => Persons(4, 1, a)), Band(Sex.Female, AgeBand.A70Plus));
        var total = records.Single(r => r.Sex is null).Persons;
        Assert.Equal(Enumerable.Range(0, 111).Sum(a => Persons(4, 0, a) + Persons(4, 1, a)), total);
        Assert.Equal(total, records.Where(r => r.Band is not null).Sum(r => r.Persons));
    }

    [Fact]
    public void Parse_DongNotInCatalogue_IsReportedByCodeAndPersonsNotLoaded()
    {
        var register = Parse(Fixture());

        var unjoined = Assert.Single(register.Unjoined);
        Assert.Equal("11110999", unjoined.Code);
        Assert.Equal("종로구 없는동", unjoined.Name);
        Assert.Equal(7, unjoined.Line);
        Assert.Equal(Enumerable.Range(0, 111).Sum(a => Persons(6, 0, a) + Persons(6, 1, a)), unjoined.Persons);
        Assert.DoesNotContain(register.Population.Records, r => r.ZoneCode == "11110999");
    }

    [Fact]
    public void Parse_Utf8WithBom_ReadsTheSame()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\n", Fixture()) + "\n")).ToArray();

        var register = MoisRegisterReader.Parse(utf8, "register.csv", s_known);

        Assert.Equal(Parse(Fixture()).Population.Records, register.Population.Records);
    }

    [Fact]
    public void Parse_SexTotalDisagreesWithAges_IsAnIssueAtTheSexColumn()
    {
        var lines = Fixture();
        // One more man aged 30 than the 남자 and 계 cells say.
        lines[4] = Row("1111051500", "서울특별시", "종로구", "청운효자동", 4, a => a == 30 ? Persons(4, 0, a) + 1 : Persons(4, 0, a));
        var parts = SplitQuoted(lines[4]);
        parts[5] = Number(long.Parse(parts[5].Trim('"').Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) - 1);
        parts[6] = Number(long.Parse(parts[6].Trim('"').Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) - 1);
        lines[4] = string.Join(",", parts);

        var issue = Assert.Single(Parse(lines).Population.Issues);

        Assert.Equal(("register.csv", 5L, 7), (issue.File, issue.Line, issue.Column));
        Assert.Contains("but the ages add up to", issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 30, "\"1,2x4\"", 5, 31, "is not a whole number of persons")]
    [InlineData(4, 8, "-3", 5, 9, "is not a whole number of persons")]
    [InlineData(4, 0, "111105150", 5, 1, "is not a 10-digit 행정기관코드")]
    [InlineData(4, 0, "1111051501", 5, 1, "does not end in 00")]
    [InlineData(4, 120, "", 5, 121, "empty cell")]
    public void Parse_BadCell_IsRefusedAtFileLineColumn(int row, int field, string value, long line, int column, string fragment)
    {
        var lines = Fixture();
        var parts = SplitQuoted(lines[row]);
        parts[field] = value;
        lines[row] = string.Join(",", parts);

        var ex = Assert.Throws<ImportFormatException>(() => Parse(lines));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(("register.csv", line, column), (issue.File, issue.Line, issue.Column));
        Assert.Contains(fragment, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedDong_IsRefused()
    {
        var lines = Fixture().Append(Row("1111051500", "서울특별시", "종로구", "청운효자동", 9)).ToArray();

        var issue = Assert.Single(Assert.Throws<ImportFormatException>(() => Parse(lines)).Issues);

        Assert.Equal("register.csv:10:1 (행정기관코드): 행정동 1111051500 is already on line 5", issue.ToString());
    }

    [Fact]
    public void Parse_HeaderWithAMissingAgeColumn_IsRefusedAtThatColumn()
    {
        var lines = Fixture();
        var names = MoisRegisterReader.Columns.Where(c => c != "57세남자");
        lines[0] = string.Join(",", names);

        var issue = Assert.Single(Assert.Throws<ImportFormatException>(() => Parse(lines)).Issues);

        Assert.Equal(("register.csv", 1L, 66), (issue.File, issue.Line, issue.Column));
        Assert.Contains("expected column '57세남자'", issue.Reason, StringComparison.Ordinal);
    }

    /// <summary>Splits a fixture line on commas outside quotes, keeping the quotes.</summary>
    private static List<string> SplitQuoted(string line)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            if (c == ',' && !quoted)
            {
                parts.Add(sb.ToString());
                sb.Clear();
            }
            else
                sb.Append(c);
        }
        parts.Add(sb.ToString());
        return parts;
    }
}
