namespace DefactoPop.Core.Analytics;

/// <summary>The byte per zone sent to the map: a class index 0-9, with flags.</summary>
public static class ClassCodes
{
    /// <summary>No value (no data, or fully masked).</summary>
    public const byte NoData = 0x7F;

    /// <summary>Set when the value is masked or only a lower bound: the map hatches the zone.</summary>
    public const byte MaskedFlag = 0x80;

    /// <summary>The zone is not shown (outside the chosen district).</summary>
    public const byte Hidden = 0xFE;

    public const int MaxClasses = 10;
}
