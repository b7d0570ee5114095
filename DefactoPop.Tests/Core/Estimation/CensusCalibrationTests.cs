using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>C2/C3 calibrate on the city's census of usual residents when it has one, on the register otherwise.</summary>
public class CensusCalibrationTests
{
    private static TestWorld World => TestWorld.Small;

    private static IReadOnlyList<OperatorHour> Nights() =>
        World.Nights.Select(d => ObservationModel.Observe(World.TestCity.City, World.Plan, World.TestCity.Truth(new HourSlot(d, 4)), World.Simulation.Observation, World.Seed)).ToList();

    private static UsualResidentCensus CensusOf(CityFrame frame, double ratio)
    {
        var records = new List<CensusRecord>();
        for (var j = 0; j < frame.OaCount; j++)
        {
            for (var s = 0; s < Strata.Count; s++)
            {
                var persons = (long)Math.Round(frame.RegisteredDomestic[j * Strata.Count + s] * ratio);
                records.Add(new CensusRecord(frame.Oas[j].Code, ZoneLevel.Oa, Strata.SexOf(s), Strata.BandOf(s), persons < CensusFrame.SuppressedBelow ? null : persons));
            }
        }
        return new UsualResidentCensus(new DateOnly(2015, 11, 1), records);
    }

    [Fact]
    public void Build_CensusTenPercentAboveRegister_NightTotalFollowsTheCensus()
    {
        Assert.Null(World.Frame.CensusDomestic);
        var nights = Nights();
        var options = World.Simulation.Estimation;
        var withCensus = CityHandover.FrameOf(World.TestCity.City, CensusOf(World.Frame, 1.1));
        var register = Calibration.Build(World.Frame, World.View, nights, options);
        var census = Calibration.Build(withCensus, World.View, nights, options);

        // Σ k·n reproduces the night target at city level, so the ratio of the two is the census/register ratio
        // (within the rounding and the suppressed cells, which take the register's value capped at 4).
        for (var s = 0; s < Strata.Count; s += 5)
        {
            double a = 0, b = 0;
            for (var j = 0; j < World.Frame.OaCount; j++)
            {
                var i = j * Strata.Count + s;
                a += register.LocalFactor[i] * register.NightDevices[i];
                b += census.LocalFactor[i] * census.NightDevices[i];
            }
            Assert.InRange(b / a, 1.07, 1.11);
        }
    }

    [Fact]
    public void Lay_SuppressedCell_TakesTheRegisterCappedAtFour()
    {
        var frame = World.Frame;
        var census = CensusOf(frame, 1.0);
        var laid = CensusFrame.Lay(census, frame.Oas, frame.OaDong, frame.Dongs, frame.RegisteredDomestic);
        var suppressed = census.Records.Select((r, i) => (r, i)).Where(t => t.r.Suppressed).ToList();
        Assert.NotEmpty(suppressed);
        foreach (var (r, i) in suppressed)
            Assert.Equal(Math.Min(frame.RegisteredDomestic[i], CensusFrame.SuppressedBelow - 1), laid[i], 1e-4);
    }

    [Fact]
    public void Lay_DongLevelRow_SpreadsOverItsOasByTheirRegisterShares()
    {
        var frame = World.Frame;
        var dong = frame.Dongs[frame.OaDong[0]];
        var s = Strata.Index(Sex.Female, AgeBand.A30To34);
        var census = new UsualResidentCensus(new DateOnly(2015, 11, 1), [new CensusRecord(dong.Code, ZoneLevel.Dong, Sex.Female, AgeBand.A30To34, 1000)]);
        var laid = CensusFrame.Lay(census, frame.Oas, frame.OaDong, frame.Dongs, frame.RegisteredDomestic);
        var members = Enumerable.Range(0, frame.OaCount).Where(j => frame.OaDong[j] == frame.OaDong[0]).ToList();
        var registered = members.Sum(j => (double)frame.RegisteredDomestic[j * Strata.Count + s]);
        Assert.Equal(1000, members.Sum(j => (double)laid[j * Strata.Count + s]), 0.01);
        foreach (var j in members)
            Assert.Equal(1000 * frame.RegisteredDomestic[j * Strata.Count + s] / registered, laid[j * Strata.Count + s], 0.01);
        // Another stratum of the same OA is not in the census: it keeps the register's value.
        Assert.Equal(frame.RegisteredDomestic[members[0] * Strata.Count], laid[members[0] * Strata.Count]);
    }
}
