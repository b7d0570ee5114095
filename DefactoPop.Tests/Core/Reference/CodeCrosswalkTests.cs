using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Reference;

public class CodeCrosswalkTests
{
    [Fact]
    public void Lookups_FixtureTables_ResolveEveryDirection()
    {
        var cw = ReferenceFixtures.Crosswalk();

        Assert.Equal("11110530", cw.StatToMois("1101053"));
        Assert.Equal("1102052", cw.MoisToStat("11140520"));
        Assert.Null(cw.StatToMois("1109999"));
        Assert.Equal("11110540", cw.DongOfOa("1101054010001"));
        Assert.Equal("11110650", cw.DongOfOa("1101072010099"));
        Assert.Null(cw.DongOfOa("1109999010001"));
        Assert.Equal("11140", cw.GuOfDong("11140520"));
        Assert.Null(cw.GuOfDong("11140999"));
        Assert.Equal(["11110", "11140"], cw.GuCodes);
        Assert.Equal("중구", cw.GuName("11140"));
        Assert.Equal("11110", cw.GuCodeByName(" 종로구"));
        Assert.Equal(5, cw.OaCount);
    }

    [Fact]
    public void FindDong_MiddleDotOrSpaces_MatchesDottedName()
    {
        var cw = ReferenceFixtures.Crosswalk();

        Assert.Equal("11110650", cw.FindDong("종로구", "종로5·6가동")?.MoisCode8);
        Assert.Equal("11110650", cw.FindDong("종로구", "종로5ㆍ6가동 ")?.MoisCode8);
        Assert.Null(cw.FindDong("중구", "사직동"));
    }

    [Fact]
    public void Validate_ConsistentTables_IsEmpty()
    {
        Assert.Empty(ReferenceFixtures.Crosswalk().Validate());
    }

    [Fact]
    public void Validate_BrokenTables_ListsEachProblem()
    {
        var cw = new CodeCrosswalk(
            [.. ReferenceFixtures.Dongs, new DongCodeMapping("1101053", "11110999", "종로구", "다른동")],
            [new OaDongLink("1101053010001", "11110540"), new OaDongLink("1109999010001", "11119999")]);

        var problems = cw.Validate();

        Assert.Contains(problems, p => p.Contains("statistics code 1101053 listed twice"));
        Assert.Contains(problems, p => p.Contains("1101053010001 maps to 11110540 but its prefix 1101053 maps to 11110530"));
        Assert.Contains(problems, p => p.Contains("1109999010001 maps to 11119999, which is not in the dong mapping"));
        Assert.Contains(problems, p => p.Contains("dong 11140520 (중구 소공동) has no 집계구"));
    }

    [SharedDataFact]
    public void Validate_RealTables_IsEmpty()
    {
        var cw = RealCodes.Crosswalk();

        Assert.Empty(cw.Validate());
        Assert.Equal(25, cw.GuCodes.Count);
        Assert.Equal(19_153, cw.OaCount);
    }
}
