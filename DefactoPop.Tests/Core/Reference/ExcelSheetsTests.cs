using DefactoPop.Core.Reference;

namespace DefactoPop.Tests.Core.Reference;

public class ExcelSheetsTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    public void Letters_ColumnNumber_GivesExcelLetters(int column, string letters)
    {
        Assert.Equal(letters, ExcelSheets.Letters(column));
    }

    [Fact]
    public void TextAndNumber_MixedCells_AreNormalised()
    {
        object?[] row = [1101053.0, " 종로구 ", "", null, 12.5, "4,405,638", DBNull.Value];

        Assert.Equal("1101053", ExcelSheets.Text(row, 0));
        Assert.Equal("종로구", ExcelSheets.Text(row, 1));
        Assert.Null(ExcelSheets.Text(row, 2));
        Assert.Null(ExcelSheets.Text(row, 3));
        Assert.Equal("12.5", ExcelSheets.Text(row, 4));
        Assert.Null(ExcelSheets.Text(row, 9));
        Assert.Equal(4_405_638, ExcelSheets.Number(row, 5));
        Assert.Null(ExcelSheets.Number(row, 1));
        Assert.Null(ExcelSheets.Number(row, 6));
        Assert.False(ExcelSheets.IsEmpty(row));
        Assert.True(ExcelSheets.IsEmpty([null, " ", DBNull.Value]));
    }
}
