using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Cell keys and the id ranges of each zone level.</summary>
public static class CellKeys
{
    public const int ZoneSpace = 32768;

    public static long Of(int hourOrdinal, int zoneId) => (long)hourOrdinal * ZoneSpace + zoneId;

    public static long Of(HourSlot slot, int zoneId) => Of(slot.Ordinal, zoneId);

    public static int HourOf(long key) => (int)(key / ZoneSpace);

    public static int ZoneOf(long key) => (int)(key % ZoneSpace);

    public static (int First, int Last) IdRange(ZoneLevel level) => level switch
    {
        ZoneLevel.City => (0, 0),
        ZoneLevel.Gu => (1, 99),
        ZoneLevel.Dong => (100, 999),
        ZoneLevel.Oa => (1000, ZoneSpace - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static ZoneLevel LevelOf(int zoneId) => zoneId switch
    {
        0 => ZoneLevel.City,
        < 100 => ZoneLevel.Gu,
        < 1000 => ZoneLevel.Dong,
        _ => ZoneLevel.Oa,
    };
}
