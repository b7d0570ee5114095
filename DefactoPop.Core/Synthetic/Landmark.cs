namespace DefactoPop.Core.Synthetic;

/// <summary>A real 행정동 name given to the synthetic dong that contains a landmark point.</summary>
internal sealed record Landmark(string Key, string SigCode, double Lat, double Lon, string NameKo, string NameEn, double GuardKm = 0)
{
    public static IReadOnlyList<Landmark> All { get; } =
    [
        new("myeongdong", "11140", 37.5636, 126.9850, "명동", "Myeong-dong", 0.95),
        new("gwanghwamun", "11110", 37.5720, 126.9760, "사직동", "Sajik-dong"),
        new("jongno", "11110", 37.5740, 126.9890, "종로1·2·3·4가동", "Jongno 1-4ga-dong"),
        new("yeouido", "11560", 37.5219, 126.9245, "여의동", "Yeoui-dong"),
        new("daerim", "11560", 37.4930, 126.8960, "대림2동", "Daerim 2-dong"),
        new("gangnam", "11680", 37.5000, 127.0330, "역삼1동", "Yeoksam 1-dong"),
        new("samseong", "11680", 37.5115, 127.0595, "삼성1동", "Samseong 1-dong"),
        new("sinsa", "11680", 37.5205, 127.0230, "신사동", "Sinsa-dong"),
        new("seocho", "11650", 37.4960, 127.0250, "서초4동", "Seocho 4-dong"),
        new("jamsil", "11710", 37.5111, 127.0982, "잠실3동", "Jamsil 3-dong"),
        new("hongdae", "11440", 37.5563, 126.9236, "서교동", "Seogyo-dong"),
        new("sinchon", "11410", 37.5580, 126.9370, "신촌동", "Sinchon-dong"),
        new("itaewon", "11170", 37.5345, 126.9946, "이태원1동", "Itaewon 1-dong"),
        new("garibong", "11530", 37.4830, 126.8880, "가리봉동", "Garibong-dong"),
        new("gasan", "11545", 37.4816, 126.8827, "가산동", "Gasan-dong"),
        new("jayang", "11215", 37.5400, 127.0700, "자양4동", "Jayang 4-dong"),
        new("dongdaemun", "11140", 37.5665, 127.0092, "광희동", "Gwanghui-dong"),
        new("sogong", "11140", 37.5640, 126.9755, "소공동", "Sogong-dong"),
    ];
}
