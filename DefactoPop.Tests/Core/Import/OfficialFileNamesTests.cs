using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Tests.Core.Import;

public class OfficialFileNamesTests
{
    [Theory]
    [InlineData(ZoneLevel.Oa, PopulationClass.Domestic, true, "LOCAL_PEOPLE_20171220.csv")]
    [InlineData(ZoneLevel.Dong, PopulationClass.Domestic, true, "LOCAL_PEOPLE_DONG_201712.csv")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, true, "LOCAL_PEOPLE_GU_2017.csv")]
    [InlineData(ZoneLevel.Gu, PopulationClass.Domestic, false, "LOCAL_PEOPLE_GU_2017.csv")]
    [InlineData(ZoneLevel.Oa, PopulationClass.LongTermForeign, false, "LONG_FOREIGNER_20171220.csv")]
    [InlineData(ZoneLevel.Dong, PopulationClass.ShortTermForeign, false, "TEMP_FOREIGNER_DONG_201712.csv")]
    [InlineData(ZoneLevel.Gu, PopulationClass.ShortTermForeign, false, "TEMP_FOREIGNER_GU_2017.csv")]
    public void For_LayoutAndDate_GivesOfficialName(ZoneLevel level, PopulationClass cls, bool strata, string expected) =>
        Assert.Equal(expected, OfficialFileNames.For(FileLayout.For(level, cls, strata), new DateOnly(2017, 12, 20)));

    [Fact]
    public void For_Month_UsesMonthlyName() =>
        Assert.Equal("LONG_FOREIGNER_DONG_201903.csv", OfficialFileNames.For(FileLayout.For(ZoneLevel.Dong, PopulationClass.LongTermForeign), 2019, 3));

    [Theory]
    [InlineData("LONG_FOREIGNER_DONG_201712.csv", PopulationClass.LongTermForeign)]
    [InlineData("/data/temp_foreigner_20171220.csv", PopulationClass.ShortTermForeign)]
    [InlineData("LOCAL_PEOPLE_GU_2017.csv", PopulationClass.Domestic)]
    [InlineData("foreigners.csv", null)]
    public void ClassHint_FileName_ReadsPrefix(string name, PopulationClass? expected) =>
        Assert.Equal(expected, OfficialFileNames.ClassHint(name));
}
