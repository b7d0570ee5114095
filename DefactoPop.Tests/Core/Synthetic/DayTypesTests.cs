using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

public class DayTypesTests
{
    [Theory]
    [InlineData("2017-09-30", DayType.Chuseok)]
    [InlineData("2017-10-02", DayType.Chuseok)]
    [InlineData("2017-10-09", DayType.Chuseok)]
    [InlineData("2017-10-10", DayType.Weekday)]
    [InlineData("2017-12-20", DayType.Weekday)]
    [InlineData("2017-12-23", DayType.Saturday)]
    [InlineData("2017-12-24", DayType.SundayOrHoliday)]
    [InlineData("2017-12-25", DayType.SundayOrHoliday)]
    public void Of_2017Calendar_GivesDayType(string date, DayType expected) =>
        Assert.Equal(expected, DayTypes.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Quarter_HasNineChuseokDaysAndOneChristmas()
    {
        var days = Enumerable.Range(0, 92).Select(i => SeoulFacts.QuarterStart.AddDays(i)).ToList();
        Assert.Equal(9, days.Count(d => DayTypes.Of(d) == DayType.Chuseok));
        Assert.Equal(58, days.Count(d => DayTypes.Of(d) == DayType.Weekday));
        Assert.Equal(2, DayTypes.ChuseokDay(new DateOnly(2017, 10, 2)));
        Assert.Equal(-1, DayTypes.ChuseokDay(new DateOnly(2017, 10, 10)));
    }

    [Fact]
    public void SeoulFacts_TablesAddUpToThePublishedTotals()
    {
        Assert.Equal(25, SeoulFacts.Districts.Count);
        Assert.Equal(SeoulFacts.Registered2018Q2, SeoulFacts.Districts.Sum(d => d.Registered));
        Assert.Equal(275_468, SeoulFacts.Districts.Sum(d => d.Foreigners));
        Assert.Equal(424, SeoulFacts.Districts.Sum(d => d.DongCount));
        Assert.Equal(605.4, SeoulFacts.Districts.Sum(d => d.AreaKm2), 0.1);
        Assert.Equal(14, SeoulFacts.Districts.Count(d => d.NorthOfRiver));
        Assert.Equal(SeoulFacts.Centres.Count, SeoulFacts.Centres.Select(c => c.NameKo).Distinct().Count());
        Assert.Equal(SeoulFacts.Registered2018Q2, SeoulFacts.AgeStructure5.Sum());
    }
}
