using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Observation;

/// <summary>
/// What the synthetic city hands to the estimator: the tables of its city folder (zones, land use, register and,
/// when given, the census), never the city itself. The same tables read back from the files give the same frame.
/// </summary>
public static class CityHandover
{
    public static CityFrame FrameOf(SyntheticCity city, UsualResidentCensus? census = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        return CityFrameBuilder.From(new CityFolderContents(
            ScenarioEmitter.ZonesOf(city), ScenarioEmitter.LandUseOf(city), ScenarioEmitter.RegisterOf(city), census));
    }
}
