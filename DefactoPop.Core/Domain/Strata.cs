namespace DefactoPop.Core.Domain;

public enum Sex
{
    Male = 0,
    Female = 1,
}

/// <summary>The 14 published age bands: 0-9, 10-14 … 65-69, 70+.</summary>
public enum AgeBand
{
    A0To9 = 0,
    A10To14,
    A15To19,
    A20To24,
    A25To29,
    A30To34,
    A35To39,
    A40To44,
    A45To49,
    A50To54,
    A55To59,
    A60To64,
    A65To69,
    A70Plus,
}

/// <summary>Sex × age band, 28 strata, indexed sex * 14 + band (male first, as in the official files).</summary>
public static class Strata
{
    public const int BandCount = 14;
    public const int Count = 28;

    public static int Index(Sex sex, AgeBand band) => (int)sex * BandCount + (int)band;
    public static Sex SexOf(int index) => (Sex)(index / BandCount);
    public static AgeBand BandOf(int index) => (AgeBand)(index % BandCount);

    /// <summary>Lower age of a band (0, 10, 15 … 65, 70).</summary>
    public static int LowerAge(AgeBand band) => band == AgeBand.A0To9 ? 0 : 5 + 5 * (int)band;

    /// <summary>Upper age of a band, or null for 70+.</summary>
    public static int? UpperAge(AgeBand band) => band switch
    {
        AgeBand.A0To9 => 9,
        AgeBand.A70Plus => null,
        _ => LowerAge(band) + 4,
    };

    public static string BandLabel(AgeBand band) =>
        UpperAge(band) is { } upper ? $"{LowerAge(band)}-{upper}" : $"{LowerAge(band)}+";

    /// <summary>Official column name, e.g. 남자0세부터9세생활인구수, 여자70세이상생활인구수.</summary>
    public static string OfficialColumn(int index)
    {
        var sex = SexOf(index) == Sex.Male ? "남자" : "여자";
        var band = BandOf(index);
        return UpperAge(band) is { } upper
            ? $"{sex}{LowerAge(band)}세부터{upper}세생활인구수"
            : $"{sex}{LowerAge(band)}세이상생활인구수";
    }

    /// <summary>Map a 5-year age (lower bound 0, 5 … 100) to its published band.</summary>
    public static AgeBand BandOfAge(int age) => age switch
    {
        < 10 => AgeBand.A0To9,
        >= 70 => AgeBand.A70Plus,
        _ => (AgeBand)((age - 5) / 5),
    };
}
