using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

public class MovementDayTests
{
    private const int Break = 3;

    [Theory]
    [InlineData("2017-09-30", Break, 0)]
    [InlineData("2017-10-02", Break, 2)]
    [InlineData("2017-10-04", Break, 4)]
    [InlineData("2017-10-09", Break, 9)]
    [InlineData("2017-10-10", (int)DayType.Weekday, -1)]
    [InlineData("2017-12-20", (int)DayType.Weekday, -1)]
    [InlineData("2017-12-23", (int)DayType.Saturday, -1)]
    [InlineData("2017-12-24", (int)DayType.SundayOrHoliday, -1)]
    [InlineData("2017-12-25", (int)DayType.SundayOrHoliday, -1)]
    public void Of_2017Calendar_GivesTableIndexAndExodusDay(string date, int index, int exodusDay)
    {
        var day = MovementDay.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(index, day.Index);
        Assert.Equal(exodusDay, day.ExodusDay);
    }

    [Fact]
    public void Quarter2017_HasNineBreakDaysAndFiftyEightWeekdays()
    {
        var days = Enumerable.Range(0, 92).Select(i => MovementDay.Of(SeoulFacts.QuarterStart.AddDays(i))).ToList();
        Assert.Equal(9, days.Count(d => d.InBreak));
        Assert.Equal(58, days.Count(d => d.IsWeekday));
    }

    [Fact]
    public void Of_Chuseok2024_CentresTheExodusOnTheMainDay()
    {
        // 추석 2024: 09-14 (Sat) … 09-18, main day 09-17.
        Assert.Equal(1, MovementDay.Of(new DateOnly(2024, 9, 14)).ExodusDay);
        Assert.Equal(4, MovementDay.Of(new DateOnly(2024, 9, 17)).ExodusDay);
        Assert.False(MovementDay.Of(new DateOnly(2024, 9, 19)).InBreak);
    }
}
