using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Observation;

public sealed class OperatorEmitterTests : IDisposable
{
    private static readonly DateOnly Day = new(2017, 10, 11);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "emit-" + Guid.NewGuid().ToString("N"));
    private readonly TestCity _city = TestCityFactory.Create(new TestCityOptions { OaCount = 80, Columns = 10 });

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void CellPlanOf_SyntheticPlan_HasOneUniqueEntryPerSector()
    {
        var plan = NetworkPlan.Generate(_city.City, 3);

        var cells = OperatorEmitter.CellPlanOf(plan, new DateOnly(2017, 1, 1));

        Assert.Equal(plan.CellCount, cells.Entries.Count);
        Assert.Equal(plan.CellCount, cells.Entries.Select(e => e.CellId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(plan.SiteCount, cells.Entries.Select(e => e.SiteId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(cells.Entries, e => Assert.InRange(e.AzimuthDeg, 0, 360));
    }

    [Fact]
    public void DropOf_ObservedDay_SurvivesTheFilesUnchanged()
    {
        var plan = NetworkPlan.Generate(_city.City, 3);
        var options = new ObservationOptions { OutageProbabilityPerDay = 0.2 };
        var hours = Enumerable.Range(0, 24)
            .Select(h => ObservationModel.Observe(_city.City, plan, _city.Truth(new HourSlot(Day, h)), options, 3))
            .ToList();
        var cellPlan = OperatorEmitter.CellPlanOf(plan, new DateOnly(2017, 1, 1));
        var drop = OperatorEmitter.DropOf(cellPlan.ValidOn(Day), Day, hours, new DateTimeOffset(2017, 10, 12, 6, 0, 0, TimeSpan.FromHours(9)));
        var folder = DropWriter.DayFolder(_root, Day);

        DropWriter.Write(folder, drop);
        var read = DropReader.Read(folder, cellPlan).GetDropOrThrow();

        Assert.NotEmpty(drop.Outages);
        Assert.Equal(drop.Outages, read.Outages);
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(hours[h].Domestic, read.Hours[h].Domestic);
            Assert.Equal(hours[h].LongTerm, read.Hours[h].LongTerm);
            Assert.Equal(hours[h].ShortTerm, read.Hours[h].ShortTerm);
            Assert.Equal(hours[h].Outage, read.Hours[h].Outage);
        }
    }
}
