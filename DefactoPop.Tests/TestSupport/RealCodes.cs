using DefactoPop.Core.Reference;

namespace DefactoPop.Tests.TestSupport;

/// <summary>The real code tables in ../shared/data/real (callers are <see cref="SharedDataFactAttribute"/> tests).</summary>
public static class RealCodes
{
    public static IReadOnlyList<DongCodeMapping> DongMapping() =>
        DongCodeMappingReader.Read(SharedData.Real("boundaries/codes/dong_code_mapping_2018.xlsx"));

    public static IReadOnlyList<OaDongLink> OaDongLinks() =>
        OaDongTableReader.Read(
            SharedData.Real("boundaries/codes/oa_to_dong_part1.csv"),
            SharedData.Real("boundaries/codes/oa_to_dong_part2.csv"),
            SharedData.Real("boundaries/codes/oa_to_dong_part3.csv"));

    public static CodeCrosswalk Crosswalk() => new(DongMapping(), OaDongLinks());
}
