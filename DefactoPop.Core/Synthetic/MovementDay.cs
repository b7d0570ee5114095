using DefactoPop.Core.Domain;
using P = DefactoPop.Core.Synthetic.TruthParameters;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// A day as the movement model sees it, from <see cref="KoreanCalendar"/>: the index into the [dayType] tables of
/// <see cref="TruthParameters"/> (the three day types, then <see cref="P.HolidayBreak"/> for a 설날 or 추석 break)
/// and the day of the break's exodus profile.
/// </summary>
internal readonly record struct MovementDay(int Index, int ExodusDay)
{
    public bool IsWeekday => Index == (int)DayType.Weekday;

    public bool InBreak => ExodusDay >= 0;

    public static MovementDay Of(DateOnly date)
    {
        if (KoreanCalendar.PeriodOf(date) is { } b)
        {
            // The profile is centred on the main day (추석 2017: 09-30 … 10-09 around 10-04).
            var day = Math.Clamp(P.ExodusMainDay + b.OffsetFromMainDay(date), 0, P.ChuseokExodus.Length - 1);
            return new MovementDay(P.HolidayBreak, day);
        }
        return new MovementDay((int)KoreanCalendar.DayTypeOf(date), -1);
    }
}
