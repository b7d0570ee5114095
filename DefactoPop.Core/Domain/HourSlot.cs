using System.Globalization;

namespace DefactoPop.Core.Domain;

/// <summary>One hour of one day in KST: the date and an hour 0-23.</summary>
public readonly record struct HourSlot : IComparable<HourSlot>
{
    public static readonly TimeZoneInfo Kst = TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "KST", "KST");
    private static readonly DateOnly s_epoch = new(2000, 1, 1);

    public HourSlot(DateOnly date, int hour)
    {
        if (hour is < 0 or > 23)
            throw new ArgumentOutOfRangeException(nameof(hour), hour, "Hour must be 0-23.");
        Date = date;
        Hour = hour;
    }

    public DateOnly Date { get; }
    public int Hour { get; }

    /// <summary>Hours since 2000-01-01 00:00 KST; dense and ordered, used as a storage key.</summary>
    public int Ordinal => (Date.DayNumber - s_epoch.DayNumber) * 24 + Hour;

    public static HourSlot FromOrdinal(int ordinal) =>
        new(DateOnly.FromDayNumber(s_epoch.DayNumber + Math.DivRem(ordinal, 24, out var hour)), hour);

    public DateTimeOffset ToDateTimeOffset() =>
        new(Date.ToDateTime(new TimeOnly(Hour, 0)), TimeSpan.FromHours(9));

    public HourSlot AddHours(int hours) => FromOrdinal(Ordinal + hours);

    public int CompareTo(HourSlot other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(HourSlot a, HourSlot b) => a.Ordinal < b.Ordinal;
    public static bool operator >(HourSlot a, HourSlot b) => a.Ordinal > b.Ordinal;
    public static bool operator <=(HourSlot a, HourSlot b) => a.Ordinal <= b.Ordinal;
    public static bool operator >=(HourSlot a, HourSlot b) => a.Ordinal >= b.Ordinal;

    /// <summary>"YYYY-MM-DDTHH:00", the form used in JSON contracts.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}T{Hour:00}:00");

    public static HourSlot Parse(string text)
    {
        var dt = DateTime.ParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new HourSlot(DateOnly.FromDateTime(dt), dt.Hour);
    }
}
