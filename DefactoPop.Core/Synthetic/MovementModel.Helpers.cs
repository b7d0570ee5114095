using DefactoPop.Core.Domain;
using P = DefactoPop.Core.Synthetic.TruthParameters;

namespace DefactoPop.Core.Synthetic;

/// <summary>The movement model's calendar-level helpers: non-residents, season and normalisation.</summary>
public sealed partial class MovementModel
{
    /// <summary>Korean non-residents of Seoul (from 경기, 인천 and elsewhere) present in the city during the hour.</summary>
    public static double NonResidents(HourSlot slot)
    {
        var day = MovementDay.Of(slot.Date);
        var ti = day.Index;
        var inShape = day.IsWeekday ? P.InboundWeekdayShape[slot.Hour] : P.WeekendOut[slot.Hour];
        var inbound = P.InboundNight[ti] + (P.InboundPeak[ti] - P.InboundNight[ti]) * inShape;
        return inbound * Season(slot.Date) * (day.IsWeekday ? P.WeekdayFactor[(int)slot.Date.DayOfWeek - 1] : 1);
    }

    /// <summary>Season factor on non-residents: rising to the year-end peak on 12-20, easing after.</summary>
    internal static double Season(DateOnly date)
    {
        double t;
        if (date <= P.SeasonStart)
            t = 0;
        else if (date <= P.SeasonPeak)
            t = (double)(date.DayNumber - P.SeasonStart.DayNumber) / (P.SeasonPeak.DayNumber - P.SeasonStart.DayNumber);
        else
            t = Math.Max(P.SeasonAfterPeakFloor, 1 - (1 - P.SeasonAfterPeakFloor) * (date.DayNumber - P.SeasonPeak.DayNumber) / 11.0);
        return 1 + P.SeasonAmplitude * t;
    }

    private static float[] Normalise(int n, Func<int, double> f)
    {
        var raw = new double[n];
        var sum = 0.0;
        for (var z = 0; z < n; z++)
        {
            raw[z] = f(z);
            sum += raw[z];
        }
        var result = new float[n];
        for (var z = 0; z < n; z++)
            result[z] = (float)(raw[z] / sum);
        return result;
    }

    private struct SplitMix(ulong state)
    {
        private ulong _state = state;

        public double NextDouble()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
