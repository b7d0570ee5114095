namespace DefactoPop.Core.Domain;

/// <summary>Seoul's 25 자치구 with their SIG codes, names and areas (public facts, 2017 boundaries): the one district table; other facts join it by code.</summary>
public static class SeoulDistricts
{
    public static IReadOnlyList<Zone> All { get; } =
    [
        new("11110", ZoneLevel.Gu, "종로구", "Jongno-gu", 23.99, ZoneCodes.City),
        new("11140", ZoneLevel.Gu, "중구", "Jung-gu", 9.97, ZoneCodes.City),
        new("11170", ZoneLevel.Gu, "용산구", "Yongsan-gu", 21.90, ZoneCodes.City),
        new("11200", ZoneLevel.Gu, "성동구", "Seongdong-gu", 16.81, ZoneCodes.City),
        new("11215", ZoneLevel.Gu, "광진구", "Gwangjin-gu", 17.02, ZoneCodes.City),
        new("11230", ZoneLevel.Gu, "동대문구", "Dongdaemun-gu", 14.25, ZoneCodes.City),
        new("11260", ZoneLevel.Gu, "중랑구", "Jungnang-gu", 18.55, ZoneCodes.City),
        new("11290", ZoneLevel.Gu, "성북구", "Seongbuk-gu", 24.62, ZoneCodes.City),
        new("11305", ZoneLevel.Gu, "강북구", "Gangbuk-gu", 23.65, ZoneCodes.City),
        new("11320", ZoneLevel.Gu, "도봉구", "Dobong-gu", 20.71, ZoneCodes.City),
        new("11350", ZoneLevel.Gu, "노원구", "Nowon-gu", 35.64, ZoneCodes.City),
        new("11380", ZoneLevel.Gu, "은평구", "Eunpyeong-gu", 29.81, ZoneCodes.City),
        new("11410", ZoneLevel.Gu, "서대문구", "Seodaemun-gu", 17.69, ZoneCodes.City),
        new("11440", ZoneLevel.Gu, "마포구", "Mapo-gu", 23.85, ZoneCodes.City),
        new("11470", ZoneLevel.Gu, "양천구", "Yangcheon-gu", 17.40, ZoneCodes.City),
        new("11500", ZoneLevel.Gu, "강서구", "Gangseo-gu", 41.44, ZoneCodes.City),
        new("11530", ZoneLevel.Gu, "구로구", "Guro-gu", 20.06, ZoneCodes.City),
        new("11545", ZoneLevel.Gu, "금천구", "Geumcheon-gu", 12.99, ZoneCodes.City),
        new("11560", ZoneLevel.Gu, "영등포구", "Yeongdeungpo-gu", 24.51, ZoneCodes.City),
        new("11590", ZoneLevel.Gu, "동작구", "Dongjak-gu", 16.37, ZoneCodes.City),
        new("11620", ZoneLevel.Gu, "관악구", "Gwanak-gu", 29.53, ZoneCodes.City),
        new("11650", ZoneLevel.Gu, "서초구", "Seocho-gu", 46.82, ZoneCodes.City),
        new("11680", ZoneLevel.Gu, "강남구", "Gangnam-gu", 39.48, ZoneCodes.City),
        new("11710", ZoneLevel.Gu, "송파구", "Songpa-gu", 33.81, ZoneCodes.City),
        new("11740", ZoneLevel.Gu, "강동구", "Gangdong-gu", 24.55, ZoneCodes.City),
    ];

    private static readonly Dictionary<string, Zone> s_byCode = All.ToDictionary(z => z.Code, StringComparer.Ordinal);

    /// <summary>The district with the SIG code; throws for a code that is not one of the 25.</summary>
    public static Zone ByCode(string sigCode) =>
        s_byCode.TryGetValue(sigCode, out var zone) ? zone : throw new KeyNotFoundException($"{sigCode} is not a Seoul district code.");
}
