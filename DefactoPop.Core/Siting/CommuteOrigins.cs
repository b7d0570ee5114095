namespace DefactoPop.Core.Siting;

/// <summary>
/// The commuter belt: 31 경기/인천 시군구 with their city (or 구) hall, typed in as public facts.
/// Codes are the MOIS 5-digit 시군구 codes (행정표준코드: 경기 41xxx, 인천 28xxx) — the system of the contract's example
/// 41280 고양시. Seoul's 수도권 생활이동 files write the statistics (KOSTAT/SGIS) system instead (서울 11010…, 경기 31xxx,
/// 인천 23xxx); <see cref="ByCode"/> accepts both. City-hall points are approximate (about 300 m).
/// The KOSTAT codes are from memory, not checked against the KOSTAT code list: treat them as an assumption.
/// </summary>
public static class CommuteOrigins
{
    /// <summary>Origins in the order of <see cref="Weights"/>.</summary>
    public static IReadOnlyList<CommuteOrigin> All { get; } =
    [
        new("41280", "고양시", "Goyang-si", 126.8320, 37.6584),
        new("41130", "성남시", "Seongnam-si", 127.1267, 37.4200),
        new("41190", "부천시", "Bucheon-si", 126.7660, 37.5035),
        new("41360", "남양주시", "Namyangju-si", 127.2165, 37.6360),
        new("41110", "수원시", "Suwon-si", 127.0286, 37.2636),
        new("41460", "용인시", "Yongin-si", 127.1776, 37.2411),
        new("41170", "안양시", "Anyang-si", 126.9568, 37.3943),
        new("41150", "의정부시", "Uijeongbu-si", 127.0337, 37.7381),
        new("41480", "파주시", "Paju-si", 126.7800, 37.7600),
        new("41570", "김포시", "Gimpo-si", 126.7156, 37.6153),
        new("41450", "하남시", "Hanam-si", 127.2149, 37.5393),
        new("41310", "구리시", "Guri-si", 127.1296, 37.5943),
        new("41210", "광명시", "Gwangmyeong-si", 126.8646, 37.4786),
        new("41390", "시흥시", "Siheung-si", 126.8029, 37.3800),
        new("41270", "안산시", "Ansan-si", 126.8309, 37.3219),
        new("41610", "광주시", "Gwangju-si", 127.2551, 37.4294),
        new("41590", "화성시", "Hwaseong-si", 126.8312, 37.1996),
        new("41220", "평택시", "Pyeongtaek-si", 127.1129, 36.9921),
        new("41410", "군포시", "Gunpo-si", 126.9352, 37.3617),
        new("41430", "의왕시", "Uiwang-si", 126.9683, 37.3448),
        new("41290", "과천시", "Gwacheon-si", 126.9876, 37.4292),
        new("41370", "오산시", "Osan-si", 127.0772, 37.1498),
        new("41630", "양주시", "Yangju-si", 127.0458, 37.7853),
        new("41500", "이천시", "Icheon-si", 127.4350, 37.2720),
        new("41650", "포천시", "Pocheon-si", 127.2003, 37.8949),
        new("28237", "인천 부평구", "Incheon Bupyeong-gu", 126.7219, 37.5070),
        new("28245", "인천 계양구", "Incheon Gyeyang-gu", 126.7378, 37.5376),
        new("28200", "인천 남동구", "Incheon Namdong-gu", 126.7313, 37.4475),
        new("28260", "인천 서구", "Incheon Seo-gu", 126.6760, 37.5454),
        new("28185", "인천 연수구", "Incheon Yeonsu-gu", 126.6783, 37.4101),
        new("28177", "인천 미추홀구", "Incheon Michuhol-gu", 126.6505, 37.4635),
    ];

    /// <summary>
    /// Weight of each origin in Seoul's daytime non-residents, in millions. 고양 0.15, 성남 0.14, 부천 0.12 and 남양주 0.11 are
    /// the published 2017-Q4 figures; the others are estimates from population and distance (not published).
    /// </summary>
    public static IReadOnlyList<double> Weights { get; } =
    [
        0.15, 0.14, 0.12, 0.11, 0.09, 0.10, 0.08, 0.07, 0.05, 0.05,
        0.04, 0.05, 0.05, 0.04, 0.04, 0.04, 0.04, 0.02, 0.03, 0.02,
        0.02, 0.015, 0.02, 0.01, 0.01, 0.05, 0.04, 0.04, 0.04, 0.03,
        0.03,
    ];

    /// <summary>KOSTAT/SGIS codes of the same origins (from memory; see the class remarks).</summary>
    private static readonly string[] s_statCodes =
    [
        "31100", "31020", "31050", "31130", "31010", "31190", "31040", "31030", "31200", "31230",
        "31180", "31120", "31060", "31150", "31090", "31250", "31240", "31070", "31160", "31170",
        "31110", "31140", "31260", "31210", "31270", "23060", "23070", "23050", "23080", "23040",
        "23030",
    ];

    private static readonly Dictionary<string, CommuteOrigin> s_byCode = BuildIndex();

    /// <summary>The KOSTAT/SGIS code of an origin (e.g. 31100 for 고양시 41280).</summary>
    public static string StatCodeOf(CommuteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var i = IndexOf(origin.Code);
        return i >= 0 ? s_statCodes[i] : origin.Code;
    }

    /// <summary>An origin by its MOIS code, its KOSTAT code, or a 구 of it (41281 → 고양시); null when not in the table.</summary>
    public static CommuteOrigin? ByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (s_byCode.TryGetValue(code, out var o))
            return o;
        // 구 of a 경기 city: the city code is the 구 code with its last digit 0 (41281 → 41280).
        return code.Length == 5 && code[0] == '4' && s_byCode.TryGetValue(code[..4] + "0", out o) ? o : null;
    }

    private static int IndexOf(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
                return i;
        }
        return -1;
    }

    private static Dictionary<string, CommuteOrigin> BuildIndex()
    {
        var index = new Dictionary<string, CommuteOrigin>(StringComparer.Ordinal);
        for (var i = 0; i < All.Count; i++)
        {
            index[All[i].Code] = All[i];
            index[s_statCodes[i]] = All[i];
        }
        return index;
    }
}
