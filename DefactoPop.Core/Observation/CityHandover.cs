using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Observation;

/// <summary>What the synthetic city hands to the estimator: its zones, land use, register and census, nothing of the truth.</summary>
public static class CityHandover
{
    public static CityFrame FrameOf(SyntheticCity city, UsualResidentCensus? census = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        return new CityFrame
        {
            Districts = city.Districts,
            Dongs = city.Dongs,
            Oas = city.Oas,
            OaDong = city.OaDong,
            DongDistrict = city.DongDistrict,
            OaLat = city.OaLat,
            OaLon = city.OaLon,
            OaLandUseShares = city.OaLandUseShares,
            RegisteredDomestic = city.RegisteredDomestic,
            RegisteredForeign = city.RegisteredForeign,
            CensusDomestic = census is null ? null : CensusFrame.Lay(census, city.Oas, city.OaDong, city.Dongs, city.RegisteredDomestic),
            CensusDate = census?.ReferenceDate,
        };
    }
}
