using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>Published headline figures, 2017-10 to 2017-12 (methodology.md §1.6).</summary>
public static class SeoulHeadline
{
    public const double Mean = 11_510_000;
    public const double Max = 12_250_000;
    public const double Min = 8_960_000;
    public const double DomesticMean = 10_900_000;
    public const double ForeignMean = 620_000;
    public const double ShortTermMean = 200_000;
    public const double LongTermMean = 420_000;
    public const double NonResidentPeak = 1_650_000;
    public const double NonResidentGyeonggiShare = 0.786;
    public const double NonResidentIncheonShare = 0.105;
    public const double GangnamMean = 850_000;
    public const double SongpaMean = 770_000;
    public const double SeochoMean = 620_000;
    public const double GeumcheonMean = 240_000;
    public const double Myeongdong14h = 100_000;
    public static HourSlot MaxSlot { get; } = new(new DateOnly(2017, 12, 20), 14);
    public static HourSlot MinSlot { get; } = new(new DateOnly(2017, 10, 2), 7);
}
