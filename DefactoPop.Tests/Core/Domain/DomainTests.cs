using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.Core.Domain;

public class DomainTests
{
    [Fact]
    public void HourSlot_Ordinal_RoundTrips()
    {
        var slot = new HourSlot(new DateOnly(2017, 12, 20), 14);
        Assert.Equal(slot, HourSlot.FromOrdinal(slot.Ordinal));
        Assert.Equal("2017-12-20T14:00", slot.ToString());
        Assert.Equal(slot, HourSlot.Parse("2017-12-20T14:00"));
    }

    [Fact]
    public void HourSlot_Hour24_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HourSlot(new DateOnly(2017, 1, 1), 24));

    [Theory]
    [InlineData(0, "남자0세부터9세생활인구수")]
    [InlineData(1, "남자10세부터14세생활인구수")]
    [InlineData(13, "남자70세이상생활인구수")]
    [InlineData(14, "여자0세부터9세생활인구수")]
    [InlineData(26, "여자65세부터69세생활인구수")]
    public void Strata_OfficialColumn_MatchesSeoulHeader(int index, string expected) =>
        Assert.Equal(expected, Strata.OfficialColumn(index));

    [Fact]
    public void PopValue_Masked_IsNotZero()
    {
        Assert.True(PopValue.Masked.IsMasked);
        Assert.True(double.IsNaN(PopValue.Masked.Value));
        Assert.Null(PopValue.Masked.AsNullable);
        Assert.Equal("*", PopValue.Masked.ToString());
    }

    [Theory]
    [InlineData(ZoneLevel.Gu, "11680", true)]
    [InlineData(ZoneLevel.Dong, "11680640", true)]
    [InlineData(ZoneLevel.Oa, "1123064010001", true)]
    [InlineData(ZoneLevel.Dong, "1123064", false)]
    [InlineData(ZoneLevel.Gu, "2668", false)]
    public void ZoneCodes_IsValid_ChecksShape(ZoneLevel level, string code, bool expected) =>
        Assert.Equal(expected, ZoneCodes.IsValid(level, code));
}
