using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

public class SeoulFactsTests
{
    [Fact]
    public void SeoulFacts_TablesAddUpToThePublishedTotals()
    {
        Assert.Equal(SeoulDistricts.All.Select(z => z.Code), SeoulFacts.Districts.Select(d => d.SigCode));
        Assert.Equal("강남구", SeoulFacts.Districts[22].NameKo);
        Assert.Equal("Gangnam", SeoulFacts.Districts[22].StemEn);
        Assert.Equal(SeoulFacts.Registered2018Q2, SeoulFacts.Districts.Sum(d => d.Registered));
        Assert.Equal(275_468, SeoulFacts.Districts.Sum(d => d.Foreigners));
        Assert.Equal(424, SeoulFacts.Districts.Sum(d => d.DongCount));
        Assert.Equal(605.4, SeoulFacts.Districts.Sum(d => d.AreaKm2), 0.1);
        Assert.Equal(14, SeoulFacts.Districts.Count(d => d.NorthOfRiver));
        Assert.Equal(SeoulFacts.Centres.Count, SeoulFacts.Centres.Select(c => c.NameKo).Distinct().Count());
        Assert.Equal(SeoulFacts.Registered2018Q2, SeoulFacts.AgeStructure5.Sum());
    }
}
