using DefactoPop.Core.Reference;

namespace DefactoPop.Tests.Core.Reference;

/// <summary>A small made-up code mapping shared by the reference tests (codes invented in the Seoul shape).</summary>
internal static class ReferenceFixtures
{
    public static readonly DongCodeMapping[] Dongs =
    [
        new("1101053", "11110530", "종로구", "사직동"),
        new("1101054", "11110540", "종로구", "삼청동"),
        new("1101072", "11110650", "종로구", "종로5.6가동"),
        new("1102052", "11140520", "중구", "소공동"),
    ];

    public static readonly OaDongLink[] Oas =
    [
        new("1101053010001", "11110530"),
        new("1101053010002", "11110530"),
        new("1101054010001", "11110540"),
        new("1101072010001", "11110650"),
        new("1102052010001", "11140520"),
    ];

    public static CodeCrosswalk Crosswalk() => new(Dongs, Oas);

    /// <summary>The mapping sheet as rows: Korean header, English header, then the dongs.</summary>
    public static object?[][] MappingRows() =>
    [
        ["통계청행정동코드", "행자부행정동코드", "시도명", "시군구명", "행정동명"],
        ["H_SDNG_CD", "H_DNG_CD", "DO_NM", "CT_NM", "H_DNG_NM"],
        .. Dongs.Select(d => new object?[] { double.Parse(d.StatCode7, System.Globalization.CultureInfo.InvariantCulture), d.MoisCode8, "서울", d.GuName, d.DongName }),
    ];
}
