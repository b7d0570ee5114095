using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Reference;

public class DongCodeMappingReaderTests
{
    [Fact]
    public void Read_GeneratedWorkbook_ReturnsRowsWithNumericCodesAsText()
    {
        var xlsx = XlsxWriter.Write(("유입지코드", [["RESD_CD"], [11110]]), (DongCodeMappingReader.SheetName, ReferenceFixtures.MappingRows()));

        var rows = DongCodeMappingReader.Read(new MemoryStream(xlsx), "map.xlsx");

        Assert.Equal(ReferenceFixtures.Dongs, rows);
    }

    [Fact]
    public void Read_WrongSheet_NamesTheSheetsFound()
    {
        var xlsx = XlsxWriter.Write(("Sheet1", ReferenceFixtures.MappingRows()));

        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Read(new MemoryStream(xlsx), "map.xlsx"));

        Assert.Contains("map.xlsx", ex.Message);
        Assert.Contains("'행정동코드' not found", ex.Message);
        Assert.Contains("'Sheet1'", ex.Message);
    }

    [Fact]
    public void Parse_MissingColumn_ReportsHeaderRowAndColumnName()
    {
        var rows = ReferenceFixtures.MappingRows().Select(r => r.Take(4).ToArray()).ToArray();

        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Parse(rows, "map.xlsx"));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Equal("행정동명", issue.ColumnName);
        Assert.Contains("map.xlsx[행정동코드]:1", ex.Message);
    }

    [Fact]
    public void Parse_BadCodeShape_ReportsRowAndColumn()
    {
        var rows = ReferenceFixtures.MappingRows();
        rows[3] = ["110105", "11110540", "서울", "종로구", "삼청동"];
        rows[4] = ["1101072", "1111065", "서울", "종로구", "종로5.6가동"];

        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Parse(rows, "map.xlsx"));

        Assert.Equal(2, ex.Issues.Count);
        Assert.Equal((4L, 1), (ex.Issues[0].Line, ex.Issues[0].Column));
        Assert.Equal((5L, 2), (ex.Issues[1].Line, ex.Issues[1].Column));
        Assert.Contains("map.xlsx[행정동코드]:4:1 (통계청행정동코드, column A)", ex.Message);
        Assert.Contains("'1111065' is not an 8-digit MOIS", ex.Message);
    }

    [Fact]
    public void Parse_DuplicateCode_ReportsBothRows()
    {
        var rows = ReferenceFixtures.MappingRows().Append(["1101053", "11110999", "서울", "종로구", "새동"]).ToArray();

        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Parse(rows, "map.xlsx"));

        Assert.Contains("statistics code 1101053 repeats row 3", Assert.Single(ex.Issues).Reason);
        Assert.Equal(7, ex.Issues[0].Line);
    }

    [Fact]
    public void Parse_NoHeader_Fails()
    {
        object?[][] rows = [["1101053", "11110530", "서울", "종로구", "사직동"]];

        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Parse(rows, "map.xlsx"));

        Assert.Contains("no header row", ex.Message);
    }

    [Fact]
    public void Read_NotAWorkbook_Fails()
    {
        var ex = Assert.Throws<ImportFormatException>(() => DongCodeMappingReader.Read(new MemoryStream("hello"u8.ToArray()), "map.xlsx"));

        Assert.Contains("map.xlsx", ex.Message);
    }

    [SharedDataTheory]
    [InlineData("boundaries/codes/dong_code_mapping_2018.xlsx")]
    [InlineData("boundaries/codes/dong_code_mapping_20241218.xlsx")]
    public void Read_RealMapping_Has424SeoulDongs(string file)
    {
        var rows = DongCodeMappingReader.Read(SharedData.Real(file));

        Assert.Equal(424, rows.Count);
        Assert.Contains(new DongCodeMapping("1101053", "11110530", "종로구", "사직동"), rows);
        Assert.Equal(25, rows.Select(r => r.MoisCode8[..5]).Distinct().Count());
    }
}
