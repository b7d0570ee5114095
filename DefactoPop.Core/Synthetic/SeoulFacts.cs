using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>Public facts about Seoul typed in for the synthetic city (see research/seoul-facts.md).</summary>
public static class SeoulFacts
{
    /// <summary>Register total at 2018 Q2, all nationalities.</summary>
    public const int Registered2018Q2 = 10_089_517;

    /// <summary>Register total at the end of 2017 (the published "registered" headline).</summary>
    public const double RegisteredEnd2017 = 10_130_000;

    /// <summary>Seoul's bounding box (WGS84).</summary>
    public const double MinLat = 37.41, MaxLat = 37.72, MinLon = 126.76, MaxLon = 127.19;

    /// <summary>Width of the Han River in the synthetic city, km.</summary>
    public const double HanRiverWidthKm = 1.0;

    /// <summary>Facts about the 25 districts in SIG-code order (names and areas joined from <see cref="SeoulDistricts"/>).</summary>
    public static IReadOnlyList<DistrictFact> Districts { get; } =
    [
        new("11110", 37.5949, 126.9773, 163_569, 9_789, 17, true),
        new("11140", 37.5601, 126.9960, 135_427, 9_395, 15, true),
        new("11170", 37.5314, 126.9799, 245_245, 15_568, 16, true),
        new("11200", 37.5510, 127.0411, 316_068, 8_002, 17, true),
        new("11215", 37.5467, 127.0857, 370_519, 14_771, 15, true),
        new("11230", 37.5820, 127.0548, 364_527, 15_624, 14, true),
        new("11260", 37.5978, 127.0929, 410_296, 4_745, 16, true),
        new("11290", 37.6057, 127.0176, 451_829, 11_557, 20, true),
        new("11305", 37.6435, 127.0112, 326_063, 3_678, 13, true),
        new("11320", 37.6691, 127.0324, 344_096, 2_168, 14, true),
        new("11350", 37.6525, 127.0750, 553_177, 3_812, 19, true),
        new("11380", 37.6192, 126.9270, 489_045, 4_403, 16, true),
        new("11410", 37.5778, 126.9391, 323_261, 11_981, 14, true),
        new("11440", 37.5593, 126.9083, 385_507, 10_816, 16, true),
        new("11470", 37.5248, 126.8555, 471_026, 3_875, 18, false),
        new("11500", 37.5612, 126.8228, 606_981, 6_724, 20, false),
        new("11530", 37.4944, 126.8563, 440_305, 33_070, 15, false),
        new("11545", 37.4606, 126.9008, 252_752, 19_489, 10, false),
        new("11560", 37.5223, 126.9102, 404_501, 35_498, 18, false),
        new("11590", 37.4989, 126.9516, 407_275, 12_487, 15, false),
        new("11620", 37.4674, 126.9453, 521_960, 17_912, 21, false),
        new("11650", 37.4733, 127.0312, 443_989, 4_145, 18, false),
        new("11680", 37.4966, 127.0630, 551_888, 4_936, 22, false),
        new("11710", 37.5056, 127.1153, 673_161, 6_722, 27, false),
        new("11740", 37.5505, 127.1470, 437_050, 4_301, 18, false),
    ];

    /// <summary>Registered persons (2018 Q2, all nationalities) by 5-year age from 0-4 to 95-99, then 100+ (21 values).</summary>
    public static IReadOnlyList<int> AgeStructure5 { get; } =
    [
        344_347, 377_835, 388_708, 495_156, 705_131, 816_562, 771_941, 844_941, 773_342, 894_771,
        783_648, 829_009, 670_455, 469_767, 364_889, 286_414, 159_425, 72_459, 26_545, 8_446, 5_726,
    ];

    /// <summary>Activity centres (approximate, about 200 m).</summary>
    public static IReadOnlyList<ActivityCentre> Centres { get; } =
    [
        new("광화문/시청", "Gwanghwamun / City Hall", 37.5685, 126.9775, CentreRole.Offices),
        new("명동", "Myeong-dong", 37.5636, 126.9850, CentreRole.Shopping | CentreRole.Tourism),
        new("동대문", "Dongdaemun (DDP)", 37.5665, 127.0092, CentreRole.Shopping | CentreRole.Nightlife | CentreRole.Tourism),
        new("종로/인사동", "Jongno / Insa-dong", 37.5740, 126.9850, CentreRole.Offices | CentreRole.Tourism),
        new("경복궁", "Gyeongbokgung", 37.5796, 126.9770, CentreRole.Tourism),
        new("서울역", "Seoul Station", 37.5547, 126.9707, CentreRole.Transit),
        new("여의도", "Yeouido", 37.5219, 126.9245, CentreRole.Offices),
        new("강남역", "Gangnam Station", 37.4979, 127.0276, CentreRole.Offices | CentreRole.Nightlife),
        new("테헤란로/삼성", "Teheran-ro / COEX", 37.5115, 127.0595, CentreRole.Offices | CentreRole.Leisure),
        new("신사 가로수길", "Sinsa Garosu-gil", 37.5205, 127.0230, CentreRole.Shopping | CentreRole.Tourism),
        new("잠실", "Jamsil (Lotte World)", 37.5111, 127.0982, CentreRole.Leisure | CentreRole.Shopping | CentreRole.Tourism),
        new("홍대", "Hongdae", 37.5563, 126.9236, CentreRole.Nightlife | CentreRole.Tourism),
        new("신촌/연세대", "Sinchon / Yonsei", 37.5580, 126.9370, CentreRole.University),
        new("이태원", "Itaewon", 37.5345, 126.9946, CentreRole.Nightlife | CentreRole.Tourism),
        new("구로디지털단지", "Guro Digital Complex", 37.4852, 126.9015, CentreRole.Offices),
        new("가산디지털단지", "Gasan Digital Complex", 37.4816, 126.8827, CentreRole.Offices),
        new("대림동", "Daerim-dong", 37.4930, 126.8960, CentreRole.ForeignResidents),
        new("가리봉동", "Garibong-dong", 37.4830, 126.8880, CentreRole.ForeignResidents),
        new("자양동(건대)", "Jayang-dong (Konkuk)", 37.5400, 127.0700, CentreRole.ForeignResidents | CentreRole.University),
        new("마곡", "Magok", 37.5602, 126.8255, CentreRole.Offices),
        new("상암 DMC", "Sangam DMC", 37.5775, 126.8900, CentreRole.Offices),
        new("고속터미널", "Express Bus Terminal", 37.5049, 127.0049, CentreRole.Transit | CentreRole.Shopping),
        new("김포공항", "Gimpo Airport", 37.5586, 126.7945, CentreRole.Transit),
        new("서울대", "Seoul National University", 37.4591, 126.9520, CentreRole.University),
        new("고려대", "Korea University", 37.5894, 127.0323, CentreRole.University),
    ];

    /// <summary>Han River centreline, west to east, as (lat, lon).</summary>
    public static IReadOnlyList<(double Lat, double Lon)> HanRiver { get; } =
    [
        (37.587, 126.810), (37.572, 126.845), (37.556, 126.882), (37.547, 126.900), (37.539, 126.914),
        (37.533, 126.936), (37.524, 126.958), (37.517, 126.978), (37.519, 127.000), (37.530, 127.020),
        (37.531, 127.040), (37.525, 127.060), (37.528, 127.080), (37.535, 127.100), (37.545, 127.120),
        (37.560, 127.150), (37.578, 127.180),
    ];

    /// <summary>First and last day of the published quarter.</summary>
    public static DateOnly QuarterStart { get; } = new(2017, 10, 1);
    public static DateOnly QuarterEnd { get; } = new(2017, 12, 31);
}
