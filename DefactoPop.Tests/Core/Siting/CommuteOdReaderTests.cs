using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Import.Layers;

namespace DefactoPop.Tests.Core.Siting;

public sealed class CommuteOdReaderTests : IDisposable
{
    private const string KoreanHeader = "대상연월,요일,도착시간,출발 행정동 코드,도착 행정동 코드,성별,나이,이동유형,평균 이동 시간(분),이동인구(합)";
    private readonly string _dir = Directory.CreateTempSubdirectory("dp-commute-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Encoding Cp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949);
    }

    private string Write(string name, string text, Encoding encoding, bool bom = false)
    {
        var path = Path.Combine(_dir, name);
        var bytes = encoding.GetBytes(text);
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return path;
    }

    [Fact]
    public void Read_PublishedKoreanLayoutInCp949_RowsMaskedCellsAndAgeGroups()
    {
        // As on the Open Data Plaza (생활이동_행정동_2023.10_08시.csv): 7-digit 행정동 codes, 5-year ages, '*' masks.
        var path = Write("생활이동_행정동_2023.10_08시.csv", KoreanHeader + "\r\n" +
            "202310,화,8,3110051,1101053,F,25,HW,64,12.53\r\n" +
            "202310,토,8,2306052,1124072,M,80,EE,*,*\r\n" +
            "202310,일,8,1101053,1101054,M,*,HE,12,*\r\n", Cp949());

        Assert.True(CommuteOdReader.Detect(path));
        var file = CommuteOdReader.Read(path);

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(1, file.MaskedAgeRows);
        var (a, b) = (file.Rows[0], file.Rows[1]);
        Assert.Equal(("202310", "HW", 2L), (a.Month, a.MoveType, a.Line));
        Assert.Equal(("3110051", "1101053", DayType.Weekday, 8, Sex.Female, 20, (double?)12.53, 64.0),
            (a.Flow.Origin, a.Flow.Destination, a.Flow.Day, a.Flow.ArrivalHour, a.Flow.Sex, a.Flow.AgeGroup, a.Flow.Movers, a.Flow.MeanMinutes));
        Assert.Equal((DayType.Saturday, Sex.Male, 70), (b.Flow.Day, b.Flow.Sex, b.Flow.AgeGroup));
        Assert.Null(b.Flow.Movers);
        Assert.True(double.IsNaN(b.Flow.MeanMinutes));
    }

    [Fact]
    public void Read_EnglishColumnsInAnotherOrderUtf8Bom_SameMeaning()
    {
        var path = Write("od_gu.csv", "MOVE_POP,ETL_YM,SEX,AGE_GROUP,DAYOFWEEK,ARR_TIME,O_GU_CD,D_GU_CD,MOVE_TYPE,AVG_MOVE_TIME_MIN\n" +
            "104.2,202310,M,35,월,7,31100,11010,HW,71\n", Encoding.UTF8, bom: true);

        var flow = Assert.Single(CommuteOdReader.Read(path).Flows);

        Assert.Equal(("31100", "11010", DayType.Weekday, 7, Sex.Male, 30, (double?)104.2, 71.0),
            (flow.Origin, flow.Destination, flow.Day, flow.ArrivalHour, flow.Sex, flow.AgeGroup, flow.Movers, flow.MeanMinutes));
    }

    [Fact]
    public void Read_BadCell_ReportedAsFileLineColumn()
    {
        var path = Write("od.csv", KoreanHeader + "\n" +
            "202310,화,8,3110051,1101053,F,25,HW,64,12\n" +
            "202310,화,25,3110051,1101053,F,25,HW,64,12\n", Encoding.UTF8);

        var refused = Assert.Throws<ImportFormatException>(() => CommuteOdReader.Read(path));

        var issue = Assert.Single(refused.Issues);
        Assert.Equal(("od.csv", 3L, 3, "도착시간"), (issue.File, issue.Line, issue.Column, issue.ColumnName));
        Assert.StartsWith("od.csv:3:3 (도착시간): arrival hour '25'", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeMovers_Refused()
    {
        var path = Write("od.csv", KoreanHeader + "\n202310,화,8,3110051,1101053,F,25,HW,64,-4\n", Encoding.UTF8);

        var issue = Assert.Single(Assert.Throws<ImportFormatException>(() => CommuteOdReader.Read(path)).Issues);

        Assert.Equal((2L, 10), (issue.Line, issue.Column));
    }

    [Fact]
    public void Read_UnknownHeader_RefusedNamingTheFile()
    {
        var path = Write("mystery.csv", "a,b,c\n1,2,3\n", Encoding.UTF8);

        var refused = Assert.Throws<ImportFormatException>(() => CommuteOdReader.Read(path));

        Assert.Equal("mystery.csv", refused.Issues[0].File);
        Assert.Contains("not a commuter OD file", refused.Issues[0].Reason, StringComparison.Ordinal);
        Assert.False(CommuteOdReader.Detect(path));
    }

    [Fact]
    public void Detect_PointLayer_False()
    {
        var path = Write("canopies.csv", "연번,종류,설치장소명,경도,위도\n1,그늘막(고정형),사직동주민센터 앞,126.97,37.57\n", Encoding.UTF8);

        Assert.False(CommuteOdReader.Detect(path));
    }

    [Theory]
    [InlineData("월", DayType.Weekday)]
    [InlineData("금요일", DayType.Weekday)]
    [InlineData("5", DayType.Weekday)]
    [InlineData("평일", DayType.Weekday)]
    [InlineData("토", DayType.Saturday)]
    [InlineData("6", DayType.Saturday)]
    [InlineData("일", DayType.SundayOrHoliday)]
    [InlineData("7", DayType.SundayOrHoliday)]
    [InlineData("휴일", DayType.SundayOrHoliday)]
    [InlineData("주말", DayType.SundayOrHoliday)]
    public void DayOf_PublishedValues_DayType(string text, DayType expected) =>
        Assert.Equal(expected, CommuteOdReader.DayOf(text));

    [Fact]
    public void DayOf_Unknown_Null() => Assert.Null(CommuteOdReader.DayOf("8"));
}
