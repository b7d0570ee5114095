namespace DefactoPop.Core.Domain;

/// <summary>Spatial level of a zone, from the whole city down to the census output area.</summary>
public enum ZoneLevel
{
    City = 0,
    Gu = 1,
    Dong = 2,
    Oa = 3,
}

public static class ZoneLevels
{
    public static readonly IReadOnlyList<ZoneLevel> Published = [ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa];

    public static string Key(this ZoneLevel level) => level switch
    {
        ZoneLevel.City => "city",
        ZoneLevel.Gu => "gu",
        ZoneLevel.Dong => "dong",
        ZoneLevel.Oa => "oa",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static ZoneLevel Parse(string key) => key.Trim().ToLowerInvariant() switch
    {
        "city" => ZoneLevel.City,
        "gu" or "sgg" or "district" => ZoneLevel.Gu,
        "dong" => ZoneLevel.Dong,
        "oa" or "tract" => ZoneLevel.Oa,
        _ => throw new FormatException($"Unknown zone level '{key}' (expected city, gu, dong or oa)."),
    };

    public static string NameKo(this ZoneLevel level) => level switch
    {
        ZoneLevel.City => "서울시",
        ZoneLevel.Gu => "자치구",
        ZoneLevel.Dong => "행정동",
        ZoneLevel.Oa => "집계구",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
