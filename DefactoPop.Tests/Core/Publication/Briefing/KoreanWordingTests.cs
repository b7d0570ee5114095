using DefactoPop.Core.Publication.Briefing;

namespace DefactoPop.Tests.Core.Publication.Briefing;

public sealed class KoreanWordingTests
{
    private const char N = KoreanWording.Nbsp;

    [Theory]
    [InlineData(851_234, "85.1만 명")]
    [InlineData(9_999, "1.0만 명")]
    [InlineData(10_000, "1.0만 명")]
    [InlineData(9_949, "9,900명")]
    [InlineData(8_450, "8,500명")]
    [InlineData(37, "37명")]
    [InlineData(12_345_678, "1,234.6만 명")]
    [InlineData(-2_500, "−2,500명")]
    [InlineData(-851_234, "−85.1만 명")]
    public void Count_EdgeCases_FollowTheManRule(double persons, string expected)
    {
        Assert.Equal(expected.Replace(' ', N), KoreanWording.Count(persons));
    }

    [Fact]
    public void Count_ManForm_NumberAndUnitNeverSplit()
    {
        Assert.DoesNotContain(' ', KoreanWording.Count(851_234));
        Assert.Contains(N, KoreanWording.Count(851_234));
    }

    [Theory]
    [InlineData(0.4, "0.4%p 상승")]
    [InlineData(-0.4, "0.4%p 하락")]
    [InlineData(0.05, "0.05%p 상승")]
    [InlineData(-0.05, "0.05%p 하락")]
    [InlineData(0.004, "변동 없음")]
    [InlineData(1.25, "1.3%p 상승")]
    public void PointChange_EdgeCases_KeepSmallChangesVisible(double points, string expected)
    {
        Assert.Equal(expected, KoreanWording.PointChange(points));
    }

    [Theory]
    [InlineData(3.24, "3.2% 증가")]
    [InlineData(-1.46, "1.5% 감소")]
    [InlineData(0.01, "변동 없음")]
    public void Change_Direction_InWords(double percent, string expected)
    {
        Assert.Equal(expected, KoreanWording.Change(percent));
    }

    [Fact]
    public void Ratio_AndPercent_OneDecimal()
    {
        Assert.Equal("1.6배", KoreanWording.Ratio(1.638));
        Assert.Equal("3.2%", KoreanWording.Percent(3.24));
    }

    [Fact]
    public void Date_OfficialForm_PeriodsWeekdayAndHour()
    {
        Assert.Equal("2017. 12. 20.(수) 14:00", KoreanWording.Date(new DateOnly(2017, 12, 20), 14));
        Assert.Equal("2017. 10. 4.(수)", KoreanWording.Date(new DateOnly(2017, 10, 4)));
        Assert.Equal("2017. 12. 20.(수) 09:00", KoreanWording.Date(new DateOnly(2017, 12, 20), 9));
    }

    [Fact]
    public void Range_SameYearAndAcrossYears_YearOnlyWhenItChanges()
    {
        Assert.Equal("2017. 12. 11.(월) ~ 12. 17.(일)", KoreanWording.Range(new DateOnly(2017, 12, 11), new DateOnly(2017, 12, 17)));
        Assert.Equal("2017. 12. 31.(일) ~ 2018. 1. 2.(화)", KoreanWording.Range(new DateOnly(2017, 12, 31), new DateOnly(2018, 1, 2)));
        Assert.Equal("2017. 12. 20.(수)", KoreanWording.Range(new DateOnly(2017, 12, 20), new DateOnly(2017, 12, 20)));
    }

    [Fact]
    public void Estimate_WithAndWithoutInterval_SaysAbout()
    {
        Assert.Equal($"약{N}85.1만{N}명(90%{N}구간 84.0만–86.2만)", KoreanWording.Estimate(851_234, 840_100, 862_000));
        Assert.Equal($"약{N}8,400명(90%{N}구간 7,900–9,000명)", KoreanWording.Estimate(8_400, 7_900, 9_000));
        Assert.Equal($"약{N}85.1만{N}명", KoreanWording.Estimate(851_234, null, null));
    }

    [Theory]
    [InlineData("강남구", "강남구는")]
    [InlineData("역삼1동", "역삼1동은")]
    [InlineData("서초", "서초는")]
    [InlineData("3", "3은")]
    [InlineData("2", "2는")]
    [InlineData("10", "10은")]
    [InlineData("KT", "KT는")]
    public void Topic_FinalSound_PicksTheJosa(string word, string expected)
    {
        Assert.Equal(expected, KoreanWording.Topic(word));
    }

    [Fact]
    public void Bullet_Levels_FollowTheHierarchy()
    {
        Assert.Equal(["□ 현황", "○ 요약", "- 세부", "· 참고"],
            [KoreanWording.Bullet(1, "현황"), KoreanWording.Bullet(2, "요약"), KoreanWording.Bullet(3, "세부"), KoreanWording.Bullet(4, "참고")]);
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreanWording.Bullet(5, "x"));
    }

    [Fact]
    public void Caveats_SyntheticPublicWithIntervals_SayAllThree()
    {
        var lines = BriefingCaveats.For(new BriefingFacts(Synthetic: true, Method: "EM allocation", PublicView: true, HasIntervals: true));

        Assert.All(lines, l => Assert.StartsWith("○ ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("합성 서울", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("90% 구간", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("3명 이하", StringComparison.Ordinal));
    }

    [Fact]
    public void Caveats_InternalRealFiles_SayNotForRelease()
    {
        var lines = BriefingCaveats.For(new BriefingFacts(Synthetic: false, Method: null, PublicView: false, HasIntervals: false));

        Assert.Contains(lines, l => l.Contains("외부 배포 불가", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("구간이 없어", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("추정 방법", StringComparison.Ordinal));
    }
}
