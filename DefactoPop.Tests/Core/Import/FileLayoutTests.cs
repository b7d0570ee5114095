using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport.Fixtures;

namespace DefactoPop.Tests.Core.Import;

public class FileLayoutTests
{
    public static TheoryData<int> LayoutIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < OfficialFileFixtures.Layouts.Count; i++)
            data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutIndexes))]
    public void For_EveryOfficialLayout_HasThePublishedHeader(int index)
    {
        var (level, cls, strata) = OfficialFileFixtures.Layouts[index];
        var layout = FileLayout.For(level, cls, strata);
        Assert.Equal(OfficialFileFixtures.Header(level, cls, strata), layout.Columns);
        Assert.Equal(level, layout.Level);
        Assert.Equal(cls, layout.Class);
        Assert.Equal(strata && cls == PopulationClass.Domestic, layout.HasStrata);
    }

    [Theory]
    [MemberData(nameof(LayoutIndexes))]
    public void Detect_OfficialHeader_FindsLevelAndStrata(int index)
    {
        var (level, cls, strata) = OfficialFileFixtures.Layouts[index];
        var detected = FileLayout.Detect(OfficialFileFixtures.Header(level, cls, strata));
        Assert.NotNull(detected);
        Assert.Equal(level, detected.Level);
        Assert.Equal(cls == PopulationClass.Domestic, !detected.IsForeign);
        Assert.Equal(FileLayout.For(level, cls, strata).ColumnCount, detected.ColumnCount);
    }

    [Theory]
    [InlineData(ZoneLevel.Oa, PopulationClass.Domestic, true, 33, "집계구 내국인 (33 columns)")]
    [InlineData(ZoneLevel.Dong, PopulationClass.Domestic, true, 32, "행정동 내국인 (32 columns)")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, true, 32, "자치구 내국인 (32 columns)")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, false, 4, "자치구 내국인 (4 columns)")]
    [InlineData(ZoneLevel.Oa, PopulationClass.LongTermForeign, false, 7, "집계구 장기체류 외국인 (7 columns)")]
    [InlineData(ZoneLevel.Dong, PopulationClass.ShortTermForeign, false, 6, "행정동 단기체류 외국인 (6 columns)")]
    public void Describe_Layout_NamesLevelClassAndWidth(ZoneLevel level, PopulationClass cls, bool strata, int columns, string expected)
    {
        var layout = FileLayout.For(level, cls, strata);
        Assert.Equal(columns, layout.ColumnCount);
        Assert.Equal(expected, layout.Describe());
    }

    [Fact]
    public void Detect_HeaderWithQuotesQuestionMarksAndSpaces_IsCleaned()
    {
        var header = OfficialFileFixtures.Header(ZoneLevel.Dong, PopulationClass.Domestic, true).ToArray();
        header[0] = "\uFEFF?\"기준일ID\"";
        header[3] = " 총생활인구수 ";
        Assert.Equal(FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic), FileLayout.Detect(header));
    }

    [Fact]
    public void Detect_UnknownOrIncompleteHeader_ReturnsNull()
    {
        Assert.Null(FileLayout.Detect(["a", "b", "c"]));
        var missing = OfficialFileFixtures.Header(ZoneLevel.Oa, PopulationClass.Domestic, true).Where(h => h != "남자0세부터9세생활인구수").ToList();
        Assert.Null(FileLayout.Detect(missing));
    }

    [Fact]
    public void For_StrataForForeignOr4ColumnsBelowGu_BehavesAsDocumented()
    {
        Assert.Equal(7, FileLayout.For(ZoneLevel.Oa, PopulationClass.ShortTermForeign, hasStrata: true).ColumnCount);
        Assert.Throws<ArgumentException>(() => FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic, hasStrata: false));
    }

    [Fact]
    public void Indexes_OaLayout_PointAtCodesAndTotal()
    {
        var oa = FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic);
        Assert.Equal("집계구코드", oa.Columns[oa.ZoneColumnIndex]);
        Assert.Equal("행정동코드", oa.Columns[oa.ParentColumnIndex]);
        Assert.Equal("총생활인구수", oa.Columns[oa.TotalColumnIndex]);
        var gu = FileLayout.For(ZoneLevel.Gu, PopulationClass.LongTermForeign);
        Assert.Equal("자치구코드", gu.Columns[gu.ZoneColumnIndex]);
        Assert.Equal(-1, gu.ParentColumnIndex);
    }
}
