using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Stores;

/// <summary>A contiguous range of zone ids, both ends included.</summary>
public readonly record struct ZoneIdRange(int First, int Last)
{
    public bool Contains(int zoneId) => zoneId >= First && zoneId <= Last;
}

/// <summary>Cell keys (hour × zone id) and the id ranges of each zone level.</summary>
public static class CellKeys
{
    public const int ZoneSpace = 32768;

    /// <summary>The city is always zone 0.</summary>
    public const int CityId = 0;

    public static readonly ZoneIdRange CityIds = new(CityId, CityId);
    public static readonly ZoneIdRange GuIds = new(1, 99);
    public static readonly ZoneIdRange DongIds = new(100, 999);
    public static readonly ZoneIdRange OaIds = new(1000, ZoneSpace - 1);

    /// <summary>Every zone id: one hour's whole key range.</summary>
    public static readonly ZoneIdRange AllIds = new(CityId, ZoneSpace - 1);

    /// <summary>The city, 자치구 and 행정동: the levels that keep daily statistics.</summary>
    public static readonly ZoneIdRange CityToDongIds = new(CityId, DongIds.Last);

    /// <summary>The city and 자치구: the levels of the dataset summary.</summary>
    public static readonly ZoneIdRange CityAndGuIds = new(CityId, GuIds.Last);

    public static long Of(int hourOrdinal, int zoneId) => (long)hourOrdinal * ZoneSpace + zoneId;

    public static long Of(HourSlot slot, int zoneId) => Of(slot.Ordinal, zoneId);

    /// <summary>The first and last key of a range of zones in one hour.</summary>
    public static (long First, long Last) Span(int hourOrdinal, ZoneIdRange range) => (Of(hourOrdinal, range.First), Of(hourOrdinal, range.Last));

    public static int HourOf(long key) => (int)(key / ZoneSpace);

    public static int ZoneOf(long key) => (int)(key % ZoneSpace);

    public static ZoneIdRange RangeOf(ZoneLevel level) => level switch
    {
        ZoneLevel.City => CityIds,
        ZoneLevel.Gu => GuIds,
        ZoneLevel.Dong => DongIds,
        ZoneLevel.Oa => OaIds,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static ZoneLevel LevelOf(int zoneId) =>
        zoneId == CityId ? ZoneLevel.City
        : GuIds.Contains(zoneId) ? ZoneLevel.Gu
        : DongIds.Contains(zoneId) ? ZoneLevel.Dong
        : ZoneLevel.Oa;
}
