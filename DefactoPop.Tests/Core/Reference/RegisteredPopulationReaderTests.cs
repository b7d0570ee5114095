using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Reference;

public class RegisteredPopulationReaderTests
{
    private static readonly string[] s_ageHeader =
    [
        "기간", "자치구", "행정동", "구분", "계",
        .. Enumerable.Range(0, 20).Select(i => $"{5 * i}~{5 * i + 4}세"), "100세 이상",
    ];

    /// <summary>A row whose 21 age cells are 1, 2, … 21 times <paramref name="scale"/>.</summary>
    private static object?[] AgeRow(string gu, string dong, string group, double scale) =>
        ["2018.2/4", gu, dong, group, 231 * scale, .. Enumerable.Range(1, 21).Select(i => (object?)(i * scale))];

    private static object?[][] AgeRows() =>
    [
        [.. s_ageHeader],
        AgeRow("합계", "합계", "계", 3),
        AgeRow("종로구", "계", "계", 2),
        AgeRow("종로구", "사직동", "계", 1),
        AgeRow("종로구", "사직동", "한국인", 0.5),
        AgeRow("종로구", "종로5·6가동", "외국인", 1),
        AgeRow("중구", "소공동", "계", 1),
    ];

    [Fact]
    public void ParseAgeNationality_FoldsFiveYearAgesIntoPublishedBands()
    {
        var pop = RegisteredPopulationReader.ParseAgeNationality(AgeRows(), "reg.xlsx", ReferenceFixtures.Crosswalk());

        Assert.Equal("2018.2/4", pop.Period);
        Assert.Empty(pop.Issues);
        var sajik = pop.Records.Where(r => r.ZoneCode == "11110530" && r.Group == RegisteredGroup.All).ToList();
        Assert.Equal(15, sajik.Count);
        Assert.All(sajik, r => Assert.Equal((ZoneLevel.Dong, (Sex?)null), (r.Level, r.Sex)));
        Assert.Equal(231, sajik.Single(r => r.Band is null).Persons);
        Assert.Equal(1 + 2, sajik.Single(r => r.Band == AgeBand.A0To9).Persons);
        Assert.Equal(3, sajik.Single(r => r.Band == AgeBand.A10To14).Persons);
        Assert.Equal(14, sajik.Single(r => r.Band == AgeBand.A65To69).Persons);
        Assert.Equal(Enumerable.Range(15, 7).Sum(), sajik.Single(r => r.Band == AgeBand.A70Plus).Persons);
        Assert.Equal(231, sajik.Where(r => r.Band is not null).Sum(r => r.Persons));
    }

    [Fact]
    public void ParseAgeNationality_ResolvesCityDistrictAndDottedNames()
    {
        var pop = RegisteredPopulationReader.ParseAgeNationality(AgeRows(), "reg.xlsx", ReferenceFixtures.Crosswalk());

        var totals = pop.Records.Where(r => r.Band is null).Select(r => (r.ZoneCode, r.Level, r.Group, r.Persons)).ToList();
        Assert.Equal(
            [
                ("11", ZoneLevel.City, RegisteredGroup.All, 693.0),
                ("11110", ZoneLevel.Gu, RegisteredGroup.All, 462.0),
                ("11110530", ZoneLevel.Dong, RegisteredGroup.All, 231.0),
                ("11110530", ZoneLevel.Dong, RegisteredGroup.Korean, 115.5),
                ("11110650", ZoneLevel.Dong, RegisteredGroup.Foreign, 231.0),
                ("11140520", ZoneLevel.Dong, RegisteredGroup.All, 231.0),
            ],
            totals);
    }

    [Fact]
    public void ParseAgeNationality_UnknownNameAndBadTotal_AreReported()
    {
        var rows = AgeRows().Append(AgeRow("중구", "없는동", "계", 1)).ToArray();
        rows[3][4] = 230.0;

        var pop = RegisteredPopulationReader.ParseAgeNationality(rows, "reg.xlsx", ReferenceFixtures.Crosswalk());

        var issue = Assert.Single(pop.Issues);
        Assert.Equal((4L, 5), (issue.Line, issue.Column));
        Assert.Contains("ages add up to 231", issue.Reason);
        var unjoined = Assert.Single(pop.Unjoined);
        Assert.Equal(new UnjoinedZone("중구 없는동", "11140", 231, 8), unjoined);
        Assert.Equal(6 * 15, pop.Records.Count);
    }

    [Fact]
    public void ParseAgeNationality_MissingColumn_FailsWithHeaderLine()
    {
        var rows = AgeRows().Select(r => r.Where((_, i) => i != 2).ToArray()).ToArray();

        var ex = Assert.Throws<ImportFormatException>(() => RegisteredPopulationReader.ParseAgeNationality(rows, "reg.xlsx", ReferenceFixtures.Crosswalk()));

        Assert.Contains("reg.xlsx[Sheet1]:1: missing column 행정동", ex.Message);
    }

    [Fact]
    public void ParseAgeNationality_BadCellsAndGroup_FailWithRowAndColumn()
    {
        var rows = AgeRows();
        rows[2][7] = "x";
        rows[3][3] = "남자";

        var ex = Assert.Throws<ImportFormatException>(() => RegisteredPopulationReader.ParseAgeNationality(rows, "reg.xlsx", ReferenceFixtures.Crosswalk()));

        Assert.Equal(2, ex.Issues.Count);
        Assert.Contains("reg.xlsx[Sheet1]:3:8 (10~14세)", ex.Message);
        Assert.Contains("reg.xlsx[Sheet1]:4:4 (구분): '남자'", ex.Message);
    }

    [Fact]
    public void ParseAgeNationality_AgeColumnsOutOfOrder_Fail()
    {
        var rows = AgeRows();
        (rows[0][5], rows[0][6]) = (rows[0][6], rows[0][5]);

        var ex = Assert.Throws<ImportFormatException>(() => RegisteredPopulationReader.ParseAgeNationality(rows, "reg.xlsx", ReferenceFixtures.Crosswalk()));

        Assert.Contains("age columns must run", ex.Message);
    }

    [Fact]
    public void ReadAgeNationality_GeneratedWorkbook_ReadsSheet1()
    {
        var xlsx = XlsxWriter.Write(("Sheet1", AgeRows()));

        var pop = RegisteredPopulationReader.ReadAgeNationality(new MemoryStream(xlsx), "reg.xlsx", ReferenceFixtures.Crosswalk());

        Assert.Equal(6 * 15, pop.Records.Count);
        Assert.Empty(pop.Issues);
    }

    [Fact]
    public void ReadAgeNationality_WrongSheet_Fails()
    {
        var xlsx = XlsxWriter.Write(("데이터", AgeRows()));

        var ex = Assert.Throws<ImportFormatException>(() => RegisteredPopulationReader.ReadAgeNationality(new MemoryStream(xlsx), "reg.xlsx", ReferenceFixtures.Crosswalk()));

        Assert.Contains("'Sheet1' not found", ex.Message);
    }

    private const string SexHeader =
        "기간\t자치구\t동\t세대\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t세대당인구\t65세이상고령자\r\n" +
        "기간\t자치구\t동\t세대\t합계\t합계\t합계\t한국인\t한국인\t한국인\t외국인\t외국인\t외국인\t세대당인구\t65세이상고령자\r\n" +
        "기간\t자치구\t동\t세대\t계\t남자\t여자\t계\t남자\t여자\t계\t남자\t여자\t세대당인구\t65세이상고령자\r\n";

    private const string SexRows =
        "2021.2/4\t합계\t합계\t2,000\t5,500\t2,700\t2,800\t5,000\t2,450\t2,550\t500\t250\t250\t2.75\t700\r\n" +
        "2021.2/4\t종로구\t소계\t1,000\t3,000\t1,500\t1,500\t2,800\t1,400\t1,400\t200\t100\t100\t3\t400\r\n" +
        "2021.2/4\t종로구\t종로5·6가동\t1,000\t3,000\t1,500\t1,500\t2,800\t1,400\t1,400\t200\t100\t100\t3\t400\r\n" +
        "2021.2/4\t중구\t항동\t1,000\t2,500\t1,200\t1,300\t2,200\t1,050\t1,150\t300\t150\t150\t2.5\t300";

    private static RegisteredPopulation ParseSex(string text) =>
        RegisteredPopulationReader.ParseDongSex(new StringReader(text), "reg.txt", ReferenceFixtures.Crosswalk());

    [Fact]
    public void ParseDongSex_ThreeHeaderRows_GiveSexByGroupWithThousandsSeparators()
    {
        var pop = ParseSex(SexHeader + SexRows);

        Assert.Equal("2021.2/4", pop.Period);
        var dong = pop.Records.Where(r => r.ZoneCode == "11110650").ToList();
        Assert.Equal(9, dong.Count);
        Assert.Equal(1_400, dong.Single(r => r.Group == RegisteredGroup.Korean && r.Sex == Sex.Female).Persons);
        Assert.Equal(3_000, dong.Single(r => r.Group == RegisteredGroup.All && r.Sex is null).Persons);
        Assert.All(dong, r => Assert.Null(r.Band));
        Assert.Equal(5_500, pop.Records.Single(r => r.Level == ZoneLevel.City && r.Group == RegisteredGroup.All && r.Sex is null).Persons);
        Assert.Equal(3_000, pop.Records.Single(r => r.ZoneCode == "11110" && r.Group == RegisteredGroup.All && r.Sex is null).Persons);
        Assert.Empty(pop.Issues);
        var unjoined = Assert.Single(pop.Unjoined);
        Assert.Equal(7, unjoined.Line);
        Assert.Equal(("중구 항동", "11140"), (unjoined.Name, unjoined.Code));
    }

    [Fact]
    public void ParseDongSex_InconsistentSums_AreReported()
    {
        var pop = ParseSex(SexHeader + SexRows.Replace("3,000\t1,500\t1,500\t2,800", "3,000\t1,500\t1,501\t2,800", StringComparison.Ordinal));

        Assert.Contains(pop.Issues, i => i.Line == 5 && i.Reason.Contains("남자 + 여자 = 3001"));
    }

    [Fact]
    public void ParseDongSex_MissingSexColumn_FailsOnThirdHeaderRow()
    {
        var header = SexHeader.Replace("계\t남자\t여자\t계\t남자\t여자\t계\t남자\t여자", "계\t남자\t여자\t계\t남자\t여자\t계\t남자\t기타", StringComparison.Ordinal);

        var ex = Assert.Throws<ImportFormatException>(() => ParseSex(header + SexRows));

        Assert.Contains("reg.txt:3: missing column 인구 / 외국인 / 여자", ex.Message);
    }

    [Fact]
    public void ParseDongSex_BadNumberOrWidth_FailsWithLineAndColumn()
    {
        var rows = SexRows.Replace("2,800\t1,400\t1,400\t200", "2,800\t1,4OO\t1,400\t200", StringComparison.Ordinal) + "\r\n2021.2/4\t중구\t소공동\t1";

        var ex = Assert.Throws<ImportFormatException>(() => ParseSex(SexHeader + rows));

        Assert.Contains("reg.txt:5:9 (인구/한국인/남자): '1,4OO' is not a count", ex.Message);
        Assert.Contains("reg.txt:8: 4 fields, header has 15", ex.Message);
    }

    [SharedDataTheory]
    [InlineData("2018", 10_089_517)]
    [InlineData("2019", 10_041_574)]
    public void ReadAgeNationality_RealQ2_TotalsAndEveryDongJoins(string year, double seoul)
    {
        var cw = new CodeCrosswalk(DongCodeMappingReader.Read(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx")));

        var pop = RegisteredPopulationReader.ReadAgeNationality(
            SharedData.Real($"registered/seoul_registered_pop_by_dong_age5_nationality_{year}Q2.xlsx"), cw);

        Assert.Empty(pop.Issues);
        Assert.Equal($"{year}.2/4", pop.Period);
        double Total(ZoneLevel level, RegisteredGroup g) => pop.Records.Where(r => r.Level == level && r.Group == g && r.Band is null).Sum(r => r.Persons);
        Assert.Equal(seoul, Total(ZoneLevel.City, RegisteredGroup.All));
        Assert.Equal(seoul, Total(ZoneLevel.Gu, RegisteredGroup.All));
        Assert.Equal(seoul, Total(ZoneLevel.Dong, RegisteredGroup.All));
        Assert.Equal(Total(ZoneLevel.Dong, RegisteredGroup.All), Total(ZoneLevel.Dong, RegisteredGroup.Korean) + Total(ZoneLevel.Dong, RegisteredGroup.Foreign));
        Assert.Equal(424, pop.Records.Where(r => r.Level == ZoneLevel.Dong).Select(r => r.ZoneCode).Distinct().Count());
        Assert.Equal(25, pop.Records.Where(r => r.Level == ZoneLevel.Gu).Select(r => r.ZoneCode).Distinct().Count());
        Assert.Equal(seoul, pop.Records.Where(r => r.Level == ZoneLevel.Dong && r.Group == RegisteredGroup.All && r.Band is not null).Sum(r => r.Persons));
    }

    [SharedDataFact]
    public void ReadDongSex_Real2021Q2_CityEqualsSumOfDistricts()
    {
        var cw = new CodeCrosswalk(DongCodeMappingReader.Read(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx")));

        var pop = RegisteredPopulationReader.ReadDongSex(SharedData.Real("registered/seoul_registered_pop_by_dong_sex_2021Q2.txt"), cw);

        Assert.Equal("2021.2/4", pop.Period);
        foreach (var g in Enum.GetValues<RegisteredGroup>())
        {
            foreach (var sex in new Sex?[] { null, Sex.Male, Sex.Female })
            {
                var city = pop.Records.Single(r => r.Level == ZoneLevel.City && r.Group == g && r.Sex == sex).Persons;
                Assert.Equal(city, pop.Records.Where(r => r.Level == ZoneLevel.Gu && r.Group == g && r.Sex == sex).Sum(r => r.Persons));
            }
        }
        Assert.Equal(9_795_426, pop.Records.Single(r => r.Level == ZoneLevel.City && r.Group == RegisteredGroup.All && r.Sex is null).Persons);
        // 구로구 항동 (created after the 424-dong coding) does not join and is reported.
        Assert.Empty(pop.Issues);
        var unjoined = Assert.Single(pop.Unjoined);
        Assert.Equal(new UnjoinedZone("구로구 항동", "11530", 16_461, 297), unjoined);
        Assert.Equal(424, pop.Records.Where(r => r.Level == ZoneLevel.Dong).Select(r => r.ZoneCode).Distinct().Count());
    }
}
